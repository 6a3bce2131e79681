import { defineMessages } from '../define';

/** Messages of the analysis feature (English, Dutch). */
export const analysisMessages = defineMessages({}, {});
