import { defineMessages } from '../define';

/** Messages of the gestures feature (English, Dutch). */
export const gesturesMessages = defineMessages({}, {});
