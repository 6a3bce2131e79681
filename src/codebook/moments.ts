/**
 * Measurement moments for snapshots of one map over time; a map may also use free labels.
 * Source: domain.md §10 (proposed), after the PLG design's four data points (PLG 359–61, 417–50).
 */
import { term, text } from './term';
import type { Term } from './types';

export const MEASUREMENT_MOMENTS: readonly Term[] = [
  term(
    'baseline',
    'Baseline',
    'Nulmeting',
    text('At the start (PLG: 09/2021).', 'Bij de start (PLG: 09/2021).'),
  ),
  term(
    'during',
    'Interim',
    'Tussentijds',
    text('During the programme (PLG: 05/2022).', 'Tijdens het traject (PLG: 05/2022).'),
  ),
  term(
    'end',
    'End of programme',
    'Einde traject',
    text(
      'At the end of the programme (PLG: 05/2023).',
      'Op het einde van het traject (PLG: 05/2023).',
    ),
  ),
  term(
    'follow-up',
    'One year after',
    'Eén jaar na afloop',
    text(
      'One year after the programme ended (PLG: 05/2024).',
      'Eén jaar na afloop van het traject (PLG: 05/2024).',
    ),
  ),
];
