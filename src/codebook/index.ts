export * from './types';
export { DEFAULT_CODEBOOK } from './default';
export { PROTOCOL_PROMPTS, PROTOCOL_STEPS, type ProtocolStep } from './prompts';
export {
  actorTypesByGroup,
  findTerm,
  frequencyLevel,
  groupTerms,
  motivesByDimension,
  termLabel,
  type TermGroup,
} from './helpers';
