/**
 * Which PartnerMap field a column or attribute name stands for. First the native names
 * (fields.ts) claim their columns; then common names in English and Dutch (source / from /
 * van, label / name / naam, weight / gewicht, …) and the ids and labels of motives and tie
 * attributes claim what is left. Every field is claimed once; the rest maps to null.
 */
import type { Codebook } from '../../codebook/types';
import {
  ACTOR_FIELDS,
  ATTRIBUTE_PREFIX,
  attributeField,
  MOTIVE_PREFIX,
  motiveField,
  TIE_DERIVED_FIELDS,
  TIE_FIELDS,
} from '../fields';
import { normalizeName } from './codebookResolver';

export type TableRole = 'actors' | 'ties';

const NOTES = [
  'notes',
  'note',
  'notities',
  'notitie',
  'opmerking',
  'opmerkingen',
  'comment',
  'comments',
  'commentaar',
  'description',
  'beschrijving',
  'toelichting',
  'remarks',
  'memo',
];

const ACTOR_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  id: ['id', 'key', 'actor id', 'node id', 'node', 'identifier', 'vertex', 'vertex id', 'nr'],
  label: [
    'label',
    'name',
    'naam',
    'actor',
    'actor name',
    'partner',
    'organisation',
    'organization',
    'organisatie',
    'benaming',
    'title',
    'titel',
  ],
  kind: ['kind', 'actor kind', 'soort actor', 'aard'],
  type: ['type', 'actor type', 'category', 'categorie', 'soort', 'role', 'rol'],
  position: ['position', 'positie', 'cluster'],
  triangleRole: ['triangle role', 'living triangle', 'driehoeksrol', 'rol in de driehoek'],
  resources: ['resources', 'resource', 'bronnen', 'hulpbronnen', 'middelen'],
  notes: NOTES,
  x: ['x', 'pos x', 'x pos', 'x coordinate'],
  y: ['y', 'pos y', 'y pos', 'y coordinate'],
};

const TIE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  source: ['source', 'from', 'van', 'src', 'source id', 'node 1', 'actor 1', 'vertex 1', 'bron'],
  target: ['target', 'to', 'naar', 'dst', 'target id', 'node 2', 'actor 2', 'vertex 2', 'doel'],
  id: ['id', 'tie id', 'edge id', 'key'],
  directed: ['directed', 'gericht', 'is directed'],
  frequency: ['frequency', 'frequentie', 'contact frequency', 'contactfrequentie', 'freq'],
  motives: ['motives', 'motive', 'motieven', 'motief', 'beweegredenen', 'beweegreden', 'reasons'],
  duration: ['duration', 'duur', 'loopduur', 'looptijd'],
  notes: NOTES,
  quotes: ['quotes', 'quote', 'citaten', 'citaat', 'uitspraken'],
  sourceLabel: ['source label', 'source name', 'from name', 'van naam'],
  targetLabel: ['target label', 'target name', 'to name', 'naar naam'],
  weight: ['weight', 'gewicht', 'value', 'waarde'],
};

/** Lower case, no accents, letters and digits only: "Van (naam)" → "vannaam". */
export const compactName = (name: string): string => normalizeName(name).replace(/[^a-z0-9]/g, '');

function synonymIndex(table: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [field, names] of Object.entries(table)) {
    for (const name of [field, ...names]) {
      const key = compactName(name);
      if (!index.has(key)) index.set(key, field);
    }
  }
  return index;
}

const ACTOR_INDEX = synonymIndex(ACTOR_SYNONYMS);
const TIE_INDEX = synonymIndex(TIE_SYNONYMS);
const ACTOR_NATIVE: ReadonlySet<string> = new Set(ACTOR_FIELDS);
const TIE_NATIVE: ReadonlySet<string> = new Set([...TIE_FIELDS, ...TIE_DERIVED_FIELDS]);

/** The field a name means exactly (native spelling), or null. */
function exactField(name: string, role: TableRole, codebook: Codebook): string | null {
  const trimmed = name.trim();
  if (role === 'actors') return ACTOR_NATIVE.has(trimmed) ? trimmed : null;
  if (TIE_NATIVE.has(trimmed)) return trimmed;
  if (trimmed.startsWith(MOTIVE_PREFIX) && trimmed.length > MOTIVE_PREFIX.length) return trimmed;
  if (trimmed.startsWith(ATTRIBUTE_PREFIX) && trimmed.length > ATTRIBUTE_PREFIX.length) {
    return trimmed;
  }
  const attribute = codebook.tieAttributes.find((a) => a.id === trimmed);
  return attribute && attributeField(attribute.id) === trimmed ? trimmed : null;
}

/** The field a name likely means: a synonym, or a motive's or attribute's id or label. */
function likelyField(name: string, role: TableRole, codebook: Codebook): string | null {
  const key = compactName(name);
  if (key === '') return null;
  const synonym = (role === 'actors' ? ACTOR_INDEX : TIE_INDEX).get(key);
  if (synonym) return synonym;
  if (role === 'actors') return null;
  const matches = (t: { id: string; label: { en: string; nl: string } }) =>
    [t.id, t.label.en, t.label.nl].some((n) => compactName(n) === key);
  const attribute = codebook.tieAttributes.find(matches);
  if (attribute) return attributeField(attribute.id);
  const motive = codebook.motives.find(matches);
  return motive ? motiveField(motive.id) : null;
}

/** One field (or null) per name, each field claimed at most once, exact names first. */
export function guessFields(
  names: readonly string[],
  role: TableRole,
  codebook: Codebook,
): (string | null)[] {
  const fields: (string | null)[] = names.map(() => null);
  const claimed = new Set<string>();
  const claim = (guess: (name: string) => string | null) => {
    names.forEach((name, i) => {
      if (fields[i] !== null) return;
      const field = guess(name);
      if (field !== null && !claimed.has(field)) {
        fields[i] = field;
        claimed.add(field);
      }
    });
  };
  claim((name) => exactField(name, role, codebook));
  claim((name) => likelyField(name, role, codebook));
  return fields;
}

/** Drawing attributes of other tools: not imported, reported once. */
export const DRAWING_ATTRIBUTES: ReadonlySet<string> = new Set(
  ['r', 'g', 'b', 'color', 'colour', 'kleur', 'size', 'shape', 'width', 'height', 'z'].map(
    compactName,
  ),
);
