import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSampleFiles, SAMPLE_DIR } from '../../sample-maps/generate';
import { closestPair, MIN_DISTANCE } from '../../sample-maps/layout';
import { DEFAULT_CODEBOOK } from '../../src/codebook';
import { parseMap, SCHEMA_VERSION, type PartnerMapDoc } from '../../src/model';

const REGENERATE =
  'the sample maps are out of date: run `npx tsx sample-maps/generate.ts` and commit the result';

/** How many partners and internal actors each sample should have. */
const EXPECTED: Readonly<
  Record<string, { partners: [number, number]; internal: [number, number] }>
> = {
  'primary-school.partnermap.json': { partners: [15, 25], internal: [2, 3] },
  'secondary-school.partnermap.json': { partners: [25, 40], internal: [1, 5] },
};

const names = readdirSync(SAMPLE_DIR)
  .filter((name) => name.endsWith('.partnermap.json'))
  .sort();

function load(name: string): { raw: Record<string, unknown>; map: PartnerMapDoc } {
  const raw = JSON.parse(readFileSync(join(SAMPLE_DIR, name), 'utf8')) as Record<string, unknown>;
  const parsed = parseMap(raw.map);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  return { raw, map: parsed.map };
}

/** Actors reachable from `start` over undirected ties, never passing through `without`. */
function reachable(map: PartnerMapDoc, start: string, without?: string): Set<string> {
  const neighbours = new Map<string, string[]>();
  for (const t of map.ties) {
    if (t.source === without || t.target === without) continue;
    neighbours.set(t.source, [...(neighbours.get(t.source) ?? []), t.target]);
    neighbours.set(t.target, [...(neighbours.get(t.target) ?? []), t.source]);
  }
  const seen = new Set([start]);
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const n of neighbours.get(next) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

const egoOf = (map: PartnerMapDoc): string => {
  const ego = map.actors.find((a) => a.kind === 'ego');
  if (!ego) throw new Error('no ego');
  return ego.id;
};

describe('sample maps', () => {
  it('has exactly the files the generator writes', () => {
    expect(names, REGENERATE).toEqual(Object.keys(buildSampleFiles()).sort());
  });

  it('regenerates byte for byte (deterministic, and the files are up to date)', () => {
    const first = buildSampleFiles();
    expect(buildSampleFiles()).toEqual(first);
    for (const [name, contents] of Object.entries(first)) {
      expect(readFileSync(join(SAMPLE_DIR, name), 'utf8'), `${name}: ${REGENERATE}`).toBe(contents);
    }
  });

  it('shows different measurement moments', () => {
    const moments = names.map((name) => load(name).map.session.moment);
    expect(new Set(moments).size).toBe(names.length);
  });
});

describe.each(names)('%s', (name) => {
  const { raw, map } = load(name);
  const partners = map.actors.filter((a) => a.kind === 'external');
  const internal = map.actors.filter((a) => a.kind === 'internal');
  const ego = egoOf(map);

  it('has the native envelope and parses', () => {
    expect(Object.keys(raw)).toEqual(['format', 'schemaVersion', 'map']);
    expect(raw.format).toBe('partnermap');
    expect(raw.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parseMap(raw.map).ok).toBe(true);
  });

  it('embeds the default codebook', () => {
    expect(map.codebook, `${name}: the codebook changed; ${REGENERATE}`).toEqual(DEFAULT_CODEBOOK);
  });

  it('has readable, stable ids', () => {
    expect(map.id).toMatch(/^sample-[a-z-]+$/);
    for (const a of map.actors) expect(a.id).toMatch(/^a-[a-z0-9-]+$/);
    map.ties.forEach((t, i) => expect(t.id).toBe(`t-${i + 1}`));
  });

  it('has the expected numbers of actors', () => {
    const expected = EXPECTED[name];
    expect(expected, `no expected counts for ${name}`).toBeDefined();
    if (!expected) return;
    expect(map.actors.filter((a) => a.kind === 'ego')).toHaveLength(1);
    expect(partners.length).toBeGreaterThanOrEqual(expected.partners[0]);
    expect(partners.length).toBeLessThanOrEqual(expected.partners[1]);
    expect(internal.length).toBeGreaterThanOrEqual(expected.internal[0]);
    expect(internal.length).toBeLessThanOrEqual(expected.internal[1]);
  });

  it('codes every tie with at least one motive and a frequency', () => {
    for (const t of map.ties) {
      expect(t.motives.length, t.id).toBeGreaterThan(0);
      expect(t.frequency, t.id).not.toBeNull();
    }
    const dimensions = new Set(
      map.ties.flatMap((t) =>
        t.motives.map((m) => map.codebook.motives.find((x) => x.id === m)?.group),
      ),
    );
    expect(dimensions.size).toBe(map.codebook.motiveDimensions.length);
    expect(new Set(map.ties.map((t) => t.frequency)).size).toBeGreaterThanOrEqual(4);
  });

  it('is coded richly: attributes, durations, quotes, positions, resources', () => {
    expect(map.ties.some((t) => Object.keys(t.attributes).length > 0)).toBe(true);
    expect(map.ties.some((t) => t.duration !== '')).toBe(true);
    expect(map.ties.some((t) => t.quotes.length > 0)).toBe(true);
    const withPosition = partners.filter((a) => a.position !== null).length;
    expect(withPosition / partners.length).toBeGreaterThan(0.5);
    expect(partners.some((a) => a.resources.length > 0)).toBe(true);
    const external = new Set(partners.map((a) => a.id));
    const egoToPartner = map.ties.filter(
      (t) =>
        (t.source === ego && external.has(t.target)) ||
        (t.target === ego && external.has(t.source)),
    ).length;
    expect(
      egoToPartner / map.ties.length,
      'most ties link the school to a partner',
    ).toBeGreaterThan(0.5);
  });

  it('gives analysis something to find', () => {
    const tied = new Set(map.ties.flatMap((t) => [t.source, t.target]));
    expect(
      partners.some((a) => !tied.has(a.id)),
      'an isolated partner',
    ).toBe(true);
    const used = new Set(
      partners.map((a) => map.codebook.actorTypes.find((t) => t.id === a.type)?.group),
    );
    const absent = map.codebook.actorTypeGroups.filter((g) => !used.has(g.id));
    expect(absent.length, 'an absent type group').toBeGreaterThan(0);
    expect(map.ties.some((t) => t.frequency === 'yearly')).toBe(true);
    expect(map.ties.some((t) => t.directed)).toBe(true);
    expect(map.ties.some((t) => t.source !== ego && t.target !== ego)).toBe(true);
  });

  it('has an actor whose removal cuts a partner off from the school', () => {
    const all = reachable(map, ego);
    const cutPoints = map.actors
      .filter((a) => a.id !== ego)
      .filter((a) =>
        partners.some(
          (p) => p.id !== a.id && all.has(p.id) && !reachable(map, ego, a.id).has(p.id),
        ),
      );
    expect(cutPoints.length).toBeGreaterThan(0);
  });

  it('records the focus-group session', () => {
    const s = map.session;
    expect(s.school).not.toBe('');
    expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.facilitator).not.toBe('');
    expect(map.codebook.measurementMoments.map((m) => m.id)).toContain(s.moment);
    const roles = s.participants.map((p) => p.role);
    for (const role of ['principal', 'policy-support', 'care-coordinator', 'free-invitee']) {
      expect(roles).toContain(role);
    }
    expect(roles.filter((r) => r === 'teacher').length).toBeGreaterThanOrEqual(2);
  });

  it('places every actor, the school in the middle, neighbours far enough apart', () => {
    for (const a of map.actors) expect(map.positions[a.id], a.id).toBeDefined();
    expect(map.positions[ego]).toEqual({ x: 0, y: 0 });
    const [distance, a, b] = closestPair(map.positions);
    expect(distance, `${a} and ${b}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });
});
