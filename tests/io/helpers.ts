import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLI_FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));

export const fixture = (name: string): Uint8Array => readFileSync(CLI_FIXTURES + name);
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
