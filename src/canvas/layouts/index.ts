/** Deterministic layouts of the map (pure: no Cytoscape, no React). */
export { concentricLayout, type ConcentricResult } from './concentric';
export { forceLayout, FORCE_TICKS } from './force';
export { MIN_DISTANCE, closestDistance } from './geometry';
export { POSITION_ORDER, UNSET_RING, strongestFrequencies, type RingMode } from './rings';
export { NO_TYPE_SECTOR } from './sectors';
