export * from './ids';
export * from './types';
export * from './producer';
export * from './document';
export * from './actors';
export * from './ties';
export { parseMap, checkConsistency, pairKey, type ParseResult } from './validate';
export { migrate, MIGRATIONS, type Migration } from './migrations';
