/**
 * Roles of focus-group participants: the school's core team of about six informants.
 * Source: domain.md §7, LS 2681–86.
 */
import { term, text } from './term';
import type { Term } from './types';

export const PARTICIPANT_ROLES: readonly Term[] = [
  term('principal', 'Principal', 'Schooldirectie'),
  term(
    'policy-support',
    'Policy support / school developer',
    'Beleidsondersteuner / schoolontwikkelaar',
  ),
  term(
    'care-coordinator',
    'Person responsible for care or pupil guidance',
    'Verantwoordelijke zorg of leerlingenbegeleiding',
  ),
  term(
    'teacher',
    'Teacher',
    'Leerkracht',
    text('At least two per core team.', 'Minstens twee per kernteam.'),
  ),
  term(
    'free-invitee',
    'Free invitee',
    'Vrije uitnodiging',
    text('Named on the advice of the others.', 'Uitgenodigd op advies van de voorgaanden.'),
  ),
  // Proposed, not in the sources: a co-researcher or note-taker. The lead researcher who guides
  // the group (LS 2684–85) is recorded in the session's `facilitator` field.
  term('researcher', 'Researcher', 'Onderzoeker'),
];
