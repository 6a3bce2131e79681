import { defineMessages } from '../define';

/** Messages of the encoding feature (English, Dutch). */
export const encodingMessages = defineMessages({}, {});
