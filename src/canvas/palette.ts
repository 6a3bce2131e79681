/**
 * Colours per actor-type group, from Tableau 10 (distinguishable for common colour-vision
 * deficiencies when paired with shape). Unknown groups fall back to grey, never to a missing colour.
 */
export const GROUP_COLOURS: Readonly<Record<string, string>> = {
  'education-support': '#4e79a7',
  'higher-education': '#f28e2b',
  schools: '#59a14f',
  government: '#e15759',
  business: '#76b7b2',
  'welfare-culture': '#edc948',
  'individual-roles': '#b07aa1',
  families: '#ff9da7',
  international: '#9c755f',
};

export const EGO_COLOUR = '#1f2937';
export const INTERNAL_COLOUR = '#6b7280';
export const UNKNOWN_COLOUR = '#bab0ac';

export const groupColour = (group: string | null): string =>
  (group !== null ? GROUP_COLOURS[group] : undefined) ?? UNKNOWN_COLOUR;
