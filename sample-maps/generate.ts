/**
 * Writes the sample maps as native PartnerMap files:
 *   npx tsx sample-maps/generate.ts
 * Run it again whenever the default codebook or the sample definitions change; the output is
 * byte-identical for identical input (fixed ids, timestamps and layout).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CODEBOOK } from '../src/codebook';
import { parseMap, type PartnerMapDoc } from '../src/model';
import { buildMap, type SchoolSpec } from './build';
import { closestPair, MIN_DISTANCE } from './layout';
import { PRIMARY } from './primary';
import { SECONDARY } from './secondary';
import { toPrettierJson } from './json';

export const SAMPLES: Readonly<Record<string, SchoolSpec>> = {
  'primary-school.partnermap.json': PRIMARY,
  'secondary-school.partnermap.json': SECONDARY,
};

/** The native file envelope. */
export interface SampleFile {
  readonly format: 'partnermap';
  readonly schemaVersion: number;
  readonly map: PartnerMapDoc;
}

/** Builds and validates one map; throws with parseMap's message when it is invalid. */
export function buildSampleMap(spec: SchoolSpec): PartnerMapDoc {
  const map = buildMap(spec, DEFAULT_CODEBOOK);
  const parsed = parseMap(map);
  if (!parsed.ok) throw new Error(`${spec.id} is invalid: ${parsed.error}`);
  const [distance, a, b] = closestPair(map.positions);
  if (distance < MIN_DISTANCE) {
    throw new Error(`${spec.id}: ${a} and ${b} are only ${distance.toFixed(1)} px apart`);
  }
  return map;
}

/** File name → file contents, without touching the disk. */
export function buildSampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, spec] of Object.entries(SAMPLES)) {
    const map = buildSampleMap(spec);
    const file: SampleFile = { format: 'partnermap', schemaVersion: map.schemaVersion, map };
    files[name] = toPrettierJson(file) + '\n';
  }
  return files;
}

export const SAMPLE_DIR = dirname(fileURLToPath(import.meta.url));

function main(): void {
  try {
    for (const [name, contents] of Object.entries(buildSampleFiles())) {
      writeFileSync(join(SAMPLE_DIR, name), contents);
      console.log(`wrote sample-maps/${name}`);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
