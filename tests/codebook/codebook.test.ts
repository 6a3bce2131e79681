import { describe, it, expect } from 'vitest';
import {
  DEFAULT_CODEBOOK,
  PROTOCOL_PROMPTS,
  PROTOCOL_STEPS,
  actorTypesByGroup,
  findTerm,
  frequencyLevel,
  motivesByDimension,
  termLabel,
  type Codebook,
  type Term,
  type VocabularyName,
} from '../../src/codebook';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const cb = DEFAULT_CODEBOOK;

// domain.md §3, in source order.
const MOTIVE_IDS = [
  'exchange-design-materials',
  'teacher-as-researcher',
  'care-and-guidance',
  'project-or-international',
  'dual-workplace-internships',
  'policy-requirements',
  'incentivized-networking',
  'connect-isolated-teachers',
  'connect-for-cocreation',
  'fallback-network',
  'sustainable-innovation',
  'administrative-scaling',
  'teacher-professional-development',
  'quality-development',
  'raise-pupil-achievement',
];

// domain.md §1, groups A–I.
const ACTOR_TYPE_IDS = [
  'pedagogical-support',
  'clb',
  'priority-training-guide',
  'training-provider',
  'competence-guide',
  'diversity-coach',
  'external-coach',
  'university',
  'teacher-education',
  'student-teachers',
  'peer-teachers',
  'peer-leaders',
  'school-community',
  'school-group',
  'umbrella-org',
  'school-board',
  'lop',
  'government',
  'business',
  'software-ict',
  'publisher',
  'childcare',
  'community-work',
  'welfare-org',
  'care-centre',
  'paramedic',
  'cultural-org',
  'nature-manager',
  'neighbourhood-committee',
  'intermediary-org',
  'boundary-spanner',
  'content-expert',
  'library-staff',
  'mentor',
  'critical-friend',
  'parent-organisation',
  'international-partner',
];

const VOCABULARIES = Object.keys(cb) as VocabularyName[];

function expectWellFormed(terms: readonly Term[], where: string): void {
  expect(terms.length, where).toBeGreaterThan(0);
  const ids = terms.map((t) => t.id);
  expect(new Set(ids).size, `${where}: duplicate ids`).toBe(ids.length);
  for (const t of terms) {
    expect(t.id, where).toMatch(KEBAB);
    expect(t.label.en.trim(), `${where}.${t.id}.en`).not.toBe('');
    expect(t.label.nl.trim(), `${where}.${t.id}.nl`).not.toBe('');
    if (t.description) {
      expect(t.description.en.trim(), `${where}.${t.id} description.en`).not.toBe('');
      expect(t.description.nl.trim(), `${where}.${t.id} description.nl`).not.toBe('');
    }
  }
}

describe('default codebook: shape', () => {
  it('has all twelve vocabularies', () => {
    expect([...VOCABULARIES].sort()).toEqual(
      [
        'actorTypeGroups',
        'actorTypes',
        'frequencies',
        'internalRoles',
        'measurementMoments',
        'motiveDimensions',
        'motives',
        'participantRoles',
        'positions',
        'resources',
        'tieAttributes',
        'triangleRoles',
      ].sort(),
    );
  });

  it.each(VOCABULARIES)('%s has unique kebab-case ids and en + nl labels', (name) => {
    expectWellFormed(cb[name], name);
  });

  it('every attribute value list is well formed and has at least two values', () => {
    for (const def of cb.tieAttributes) {
      expect(def.values.length, def.id).toBeGreaterThanOrEqual(2);
      expectWellFormed(def.values, `tieAttributes.${def.id}`);
    }
  });
});

describe('motives', () => {
  it('are the 15 motives of domain.md §3, in order', () => {
    expect(cb.motives.map((m) => m.id)).toEqual(MOTIVE_IDS);
  });

  it('fall 6 / 4 / 5 into task / relation / growth', () => {
    expect(cb.motiveDimensions.map((d) => d.id)).toEqual(['task', 'relation', 'growth']);
    const counts = motivesByDimension(cb).map((g) => [g.group.id, g.terms.length]);
    expect(counts).toEqual([
      ['task', 6],
      ['relation', 4],
      ['growth', 5],
    ]);
  });

  it('each have a full description in both languages, longer than the label', () => {
    for (const m of cb.motives) {
      expect(m.description, m.id).toBeDefined();
      expect(m.description?.nl.startsWith('om '), m.id).toBe(true);
      expect(m.description?.en.startsWith('to ') || m.description?.en.startsWith('(to'), m.id).toBe(
        true,
      );
      expect(m.description?.nl.length ?? 0, m.id).toBeGreaterThan(m.label.nl.length);
    }
  });

  it('keep the Dutch wording verbatim', () => {
    expect(findTerm(cb.motives, 'fallback-network')?.description?.nl).toBe(
      'om zonder meer op een (lokaal) netwerk te kunnen terugvallen',
    );
  });
});

describe('actor types', () => {
  it('include every actor type of domain.md §1', () => {
    const ids = cb.actorTypes.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(ACTOR_TYPE_IDS));
    expect(ids).toHaveLength(ACTOR_TYPE_IDS.length);
  });

  it('each belong to a known group, and every group is used', () => {
    const groupIds = new Set(cb.actorTypeGroups.map((g) => g.id));
    expect(groupIds.size).toBe(9);
    for (const t of cb.actorTypes) expect(groupIds.has(t.group), t.id).toBe(true);
    for (const g of actorTypesByGroup(cb)) expect(g.terms.length, g.group.id).toBeGreaterThan(0);
  });

  it('place types in the groups of §1', () => {
    expect(findTerm(cb.actorTypes, 'clb')?.group).toBe('education-support');
    expect(findTerm(cb.actorTypes, 'lop')?.group).toBe('schools');
    expect(findTerm(cb.actorTypes, 'critical-friend')?.group).toBe('individual-roles');
  });
});

describe('frequencies', () => {
  it('have levels 1..5 in order', () => {
    expect(cb.frequencies.map((f) => [f.id, f.level])).toEqual([
      ['yearly', 1],
      ['few-per-year', 2],
      ['termly', 3],
      ['monthly', 4],
      ['weekly', 5],
    ]);
  });
});

describe('other vocabularies', () => {
  it('hold the values of domain.md §2, §7 and §10', () => {
    const ids = (terms: readonly Term[]) => terms.map((t) => t.id);
    expect(ids(cb.positions)).toEqual(['core', 'context', 'anchoring', 'framing']);
    expect(ids(cb.triangleRoles)).toEqual(['initiator', 'executor', 'supporter']);
    expect(cb.resources).toHaveLength(8);
    expect(ids(cb.measurementMoments)).toEqual(['baseline', 'during', 'end', 'follow-up']);
    expect(ids(cb.participantRoles)).toEqual(
      expect.arrayContaining(['principal', 'policy-support', 'care-coordinator', 'teacher']),
    );
  });

  it('code no attribute that the sources name without values', () => {
    const ids = cb.tieAttributes.map((d) => d.id);
    for (const absent of ['convergence', 'expertise-breadth', 'intensity', 'duration']) {
      expect(ids).not.toContain(absent);
    }
    expect(findTerm(cb.tieAttributes, 'setting')?.multiple).toBe(true);
    expect(findTerm(cb.tieAttributes, 'origin')?.multiple).toBe(false);
  });
});

describe('protocol prompts', () => {
  it.each(PROTOCOL_STEPS)('%s has 2–5 questions in en and nl', (step) => {
    const prompts = PROTOCOL_PROMPTS[step];
    expect(prompts.length).toBeGreaterThanOrEqual(2);
    expect(prompts.length).toBeLessThanOrEqual(5);
    for (const p of prompts) {
      expect(p.en).toMatch(/\?$/);
      expect(p.nl).toMatch(/\?$/);
    }
  });
});

describe('helpers', () => {
  const teacher = findTerm(cb.participantRoles, 'teacher');

  it('termLabel picks the locale', () => {
    expect(termLabel(teacher, 'en')).toBe('Teacher');
    expect(termLabel(teacher, 'nl')).toBe('Leerkracht');
  });

  it('termLabel falls back to the id for an unknown term', () => {
    expect(termLabel(findTerm(cb.motives, 'no-such-motive'), 'nl', 'no-such-motive')).toBe(
      'no-such-motive',
    );
    expect(termLabel(undefined, 'en')).toBe('');
    const blank: Term = { id: 'x-blank', label: { en: '', nl: '' } };
    expect(termLabel(blank, 'nl')).toBe('x-blank');
  });

  it('findTerm handles null and unknown ids', () => {
    expect(findTerm(cb.positions, null)).toBeUndefined();
    expect(findTerm(cb.positions, 'nope')).toBeUndefined();
    expect(findTerm(cb.positions, 'core')?.label.nl).toBe('Kernactor');
  });

  it('frequencyLevel maps ids to levels and unknowns to null', () => {
    expect(frequencyLevel(cb, 'weekly')).toBe(5);
    expect(frequencyLevel(cb, 'few-per-year')).toBe(2);
    expect(frequencyLevel(cb, 'daily')).toBeNull();
    expect(frequencyLevel(cb, null)).toBeNull();
  });

  it('grouping keeps terms whose group is unknown visible', () => {
    const edited: Codebook = {
      ...cb,
      motives: [...cb.motives, { id: 'extra', group: 'profiling', label: { en: 'E', nl: 'E' } }],
    };
    const groups = motivesByDimension(edited);
    expect(groups.map((g) => g.group.id)).toEqual(['task', 'relation', 'growth', 'profiling']);
    expect(groups[3]?.terms.map((t) => t.id)).toEqual(['extra']);
    expect(groups.reduce((n, g) => n + g.terms.length, 0)).toBe(16);
  });
});
