import { defineMessages } from '../define';

/** Messages of the inspector feature (English, Dutch). */
export const inspectorMessages = defineMessages({}, {});
