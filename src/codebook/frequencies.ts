/**
 * Contact frequency: an ordinal scale whose level doubles as tie strength (distance = 1 / level).
 * Source: domain.md §10 (proposed app default). Levels 1–3 follow the tiers of PLG Table 3
 * (PLG 403–16); levels 4–5 cover the intensive partnerships the LS describes.
 */
import { frequency } from './term';
import type { FrequencyTerm } from './types';

export const FREQUENCIES: readonly FrequencyTerm[] = [
  frequency(1, 'yearly', 'Once a year or less', 'Eén keer per jaar of minder'),
  frequency(2, 'few-per-year', '2–3 times a year', '2 à 3 keer per jaar'),
  frequency(3, 'termly', '4 or more times a year', '4 of meer keer per jaar'),
  frequency(4, 'monthly', 'Monthly', 'Maandelijks'),
  frequency(5, 'weekly', 'Weekly or more', 'Wekelijks of vaker'),
];
