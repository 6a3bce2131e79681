import { defineMessages } from '../define';

/** Messages of the layout feature (English, Dutch). */
export const layoutMessages = defineMessages({}, {});
