import { defineMessages } from '../define';

/** Messages of the table feature (English, Dutch). */
export const tableMessages = defineMessages({}, {});
