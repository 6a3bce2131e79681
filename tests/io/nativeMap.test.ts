// PartnerMap files: the envelope, a bare document, and clear refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNativeMap } from '../../src/io/readers';
import { SAMPLE_DIR } from '../../sample-maps/generate';
import { bytes } from './helpers';

const sample = readFileSync(join(SAMPLE_DIR, 'primary-school.partnermap.json'));
interface Envelope {
  map: { actors: unknown[]; ties: { target: string }[] };
}
const envelope = JSON.parse(new TextDecoder().decode(sample)) as Envelope;

describe('readNativeMap', () => {
  it('reads the envelope of a sample map', () => {
    const result = readNativeMap(sample);
    if (!result.ok) throw new Error(result.error);
    expect(result.map.actors).toHaveLength(envelope.map.actors.length);
    expect(result.migratedFrom).toBe(1);
  });

  it('reads a bare map document', () => {
    const result = readNativeMap(bytes(JSON.stringify(envelope.map)));
    expect(result.ok && result.map.actors.length).toBe(envelope.map.actors.length);
  });

  it.each([
    ['{', /^not valid JSON \(/],
    ['[1]', /^not a PartnerMap file: the JSON is not an object$/],
    ['{"format":"gephi","map":{}}', /^not a PartnerMap file: "format" is "gephi"$/],
    ['{"format":"partnermap"}', /^not a PartnerMap file: the file has no "map"$/],
    ['{"title":"x"}', /^not a PartnerMap file: no "format" and no "actors"$/],
    ['{"format":"partnermap","map":{"schemaVersion":1,"actors":[]}}', /^not a valid map: .+/],
  ])('refuses %s', (text, error) => {
    const result = readNativeMap(bytes(text));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(error);
  });

  it('passes on the field that makes a map invalid', () => {
    const broken = structuredClone(envelope);
    broken.map.ties[0]!.target = 'a-nobody';
    const result = readNativeMap(bytes(JSON.stringify(broken)));
    expect(result.ok ? '' : result.error).toMatch(/ties\[0\]\.target: .*a-nobody/);
  });
});
