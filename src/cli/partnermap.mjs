#!/usr/bin/env node
// The `partnermap` command (package.json "bin"). It runs inside this repository after
// `npm install`: tsx (a devDependency) lets Node load the TypeScript sources directly.
import { register } from 'tsx/esm/api';

// A reader that stops early (`partnermap analyze … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main, nodeIo } = await import('./main.ts');
// exitCode, not process.exit(): a large report piped to another program is written out fully.
process.exitCode = await main(process.argv.slice(2), nodeIo);
