import { defineMessages } from '../define';

/** Messages of the insights feature (English, Dutch). */
export const insightsMessages = defineMessages({}, {});
