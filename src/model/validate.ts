import * as v from 'valibot';
import type { Codebook, Term } from '../codebook/types';
import { migrate } from './migrations';
import { mapSchema } from './schema';
import type { PartnerMapDoc } from './types';

export type ParseResult =
  | { ok: true; map: PartnerMapDoc; migratedFrom: number }
  | { ok: false; error: string; issues: readonly string[] };

const MAX_ISSUES = 20;

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

function fail(issues: string[]): ParseResult {
  const shown = issues.slice(0, MAX_ISSUES);
  const more = issues.length - shown.length;
  return {
    ok: false,
    error: shown.join('; ') + (more > 0 ? `; and ${more} more` : ''),
    issues: shown,
  };
}

/**
 * Turns untrusted data (storage, a file) into a map document, or says precisely why not.
 * Never throws: every message names the field, e.g. `ties[3].target: unknown actor "a-x"`.
 */
export function parseMap(raw: unknown): ParseResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return fail([migrated.error]);
  const parsed = v.safeParse(mapSchema, migrated.doc);
  if (!parsed.success) {
    return fail(parsed.issues.map((i) => `${pathOf(i)}: ${i.message}`));
  }
  // The schema's output is structurally the document type; ids are branded here, once.
  const map = parsed.output as unknown as PartnerMapDoc;
  const issues = checkConsistency(map);
  return issues.length ? fail(issues) : { ok: true, map, migratedFrom: migrated.from };
}

function idsOf(terms: readonly Term[]): Set<string> {
  return new Set(terms.map((t) => t.id));
}

function checkCodebook(codebook: Codebook, issues: string[]): void {
  for (const [name, terms] of Object.entries(codebook) as [string, readonly Term[]][]) {
    const seen = new Set<string>();
    terms.forEach((t, i) => {
      if (seen.has(t.id)) issues.push(`codebook.${name}[${i}].id: duplicate id "${t.id}"`);
      seen.add(t.id);
    });
  }
  const groups = idsOf(codebook.actorTypeGroups);
  codebook.actorTypes.forEach((t, i) => {
    if (!groups.has(t.group))
      issues.push(`codebook.actorTypes[${i}].group: unknown group "${t.group}"`);
  });
  const dimensions = idsOf(codebook.motiveDimensions);
  codebook.motives.forEach((t, i) => {
    if (!dimensions.has(t.group)) {
      issues.push(`codebook.motives[${i}].group: unknown dimension "${t.group}"`);
    }
  });
}

/** Checks what a schema cannot: references between records and codebook membership. */
export function checkConsistency(map: PartnerMapDoc): string[] {
  const issues: string[] = [];
  const cb = map.codebook;
  checkCodebook(cb, issues);
  const known = {
    actorTypes: idsOf(cb.actorTypes),
    internalRoles: idsOf(cb.internalRoles),
    positions: idsOf(cb.positions),
    triangleRoles: idsOf(cb.triangleRoles),
    resources: idsOf(cb.resources),
    motives: idsOf(cb.motives),
    frequencies: idsOf(cb.frequencies),
    participantRoles: idsOf(cb.participantRoles),
  };
  const unknown = (field: string, value: string, what: string) =>
    issues.push(`${field}: unknown ${what} "${value}"`);

  const actorIds = new Set<string>();
  let egoCount = 0;
  map.actors.forEach((a, i) => {
    const at = `actors[${i}]`;
    if (actorIds.has(a.id)) issues.push(`${at}.id: duplicate actor id "${a.id}"`);
    actorIds.add(a.id);
    if (a.kind === 'ego') egoCount++;
    if (a.type !== null) {
      const vocab = a.kind === 'internal' ? known.internalRoles : known.actorTypes;
      if (a.kind === 'ego') issues.push(`${at}.type: the school itself has no actor type`);
      else if (!vocab.has(a.type)) {
        unknown(`${at}.type`, a.type, a.kind === 'internal' ? 'internal role' : 'actor type');
      }
    }
    if (a.position !== null && !known.positions.has(a.position)) {
      unknown(`${at}.position`, a.position, 'position');
    }
    if (a.triangleRole !== null && !known.triangleRoles.has(a.triangleRole)) {
      unknown(`${at}.triangleRole`, a.triangleRole, 'living-triangle role');
    }
    a.resources.forEach((r, j) => {
      if (!known.resources.has(r)) unknown(`${at}.resources[${j}]`, r, 'resource');
    });
  });
  if (egoCount > 1) issues.push(`actors: ${egoCount} actors of kind "ego"; a map has at most one`);

  const tieIds = new Set<string>();
  const pairs = new Set<string>();
  const attributes = new Map(cb.tieAttributes.map((d) => [d.id, d]));
  map.ties.forEach((t, i) => {
    const at = `ties[${i}]`;
    if (tieIds.has(t.id)) issues.push(`${at}.id: duplicate tie id "${t.id}"`);
    tieIds.add(t.id);
    if (!actorIds.has(t.source)) unknown(`${at}.source`, t.source, 'actor');
    if (!actorIds.has(t.target)) unknown(`${at}.target`, t.target, 'actor');
    if (t.source === t.target) issues.push(`${at}: a tie cannot connect "${t.source}" to itself`);
    const pair = pairKey(t.source, t.target);
    if (pairs.has(pair)) {
      issues.push(
        `${at}: a second tie between "${t.source}" and "${t.target}"; one pair has one tie`,
      );
    }
    pairs.add(pair);
    const motives = new Set<string>();
    t.motives.forEach((m, j) => {
      if (!known.motives.has(m)) unknown(`${at}.motives[${j}]`, m, 'motive');
      if (motives.has(m)) issues.push(`${at}.motives[${j}]: motive "${m}" listed twice`);
      motives.add(m);
    });
    if (t.frequency !== null && !known.frequencies.has(t.frequency)) {
      unknown(`${at}.frequency`, t.frequency, 'frequency');
    }
    for (const [key, values] of Object.entries(t.attributes)) {
      const def = attributes.get(key);
      if (!def) {
        unknown(`${at}.attributes.${key}`, key, 'attribute');
        continue;
      }
      if (!def.multiple && values.length > 1) {
        issues.push(`${at}.attributes.${key}: takes one value, has ${values.length}`);
      }
      const allowed = idsOf(def.values);
      values.forEach((value, j) => {
        if (!allowed.has(value)) unknown(`${at}.attributes.${key}[${j}]`, value, `${key} value`);
      });
    }
  });

  for (const key of Object.keys(map.positions)) {
    if (!actorIds.has(key)) unknown(`positions.${key}`, key, 'actor');
  }
  map.session.participants.forEach((p, i) => {
    if (!known.participantRoles.has(p.role)) {
      unknown(`session.participants[${i}].role`, p.role, 'participant role');
    }
  });
  return issues;
}

/** One key per unordered pair of actors: a pair has at most one tie, whatever its direction. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
