/**
 * Actor positions (Gehre, cited in Suijs 1999).
 * Source: domain.md §2a, LS 1270–75, 1314–15, 1357–59.
 */
import { term, text } from './term';
import type { Term } from './types';

export const POSITIONS: readonly Term[] = [
  term(
    'core',
    'Core actor',
    'Kernactor',
    text(
      'Participation and influence. A strategic position where relations cross, with disproportionate influence over relations and resource exchange, and access to them.',
      'Deelname en invloed. Een strategische positie op het kruispunt van relaties, met disproportioneel veel invloed op en toegang tot relaties en de uitwisseling van middelen.',
    ),
  ),
  term(
    'context',
    'Context actor',
    'Contextactor',
    text('Occasionally involved in consultation.', 'Af en toe betrokken bij overleg.'),
  ),
  term(
    'anchoring',
    'Anchoring actor',
    'Verankeringsactor',
    text(
      'Influence and legitimacy; government stakeholders are likely examples.',
      'Invloed en legitimiteit; overheidsbetrokkenen zijn waarschijnlijke voorbeelden.',
    ),
  ),
  // The closing chapter's "omgevingsactor" (LS 2662–63) is read as this position (proposed).
  term(
    'framing',
    'Framing actor',
    'Omkaderingsactor',
    text(
      'Supporter, involved. Framing actors can join together and become core or member actors.',
      'Ondersteuner, betrokken. Omkaderingsactoren kunnen zich verenigen en kern- of lidactor worden.',
    ),
  ),
];
