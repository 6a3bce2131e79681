import { defineMessages } from '../define';

/** Messages of the protocol feature (English, Dutch). */
export const protocolMessages = defineMessages({}, {});
