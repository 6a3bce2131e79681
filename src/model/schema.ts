import * as v from 'valibot';
import { ATTRIBUTE_QUESTIONS } from '../codebook/types';
import { ACTOR_KINDS, SCHEMA_VERSION } from './types';

/** Structural schema of a stored or imported map (semantic checks live in validate.ts). */
const text = v.string();
const localized = v.object({ en: text, nl: text });
const term = v.object({
  id: v.pipe(text, v.minLength(1)),
  label: localized,
  description: v.optional(localized),
});
const groupedTerm = v.object({ ...term.entries, group: text });
const frequencyTerm = v.object({
  ...term.entries,
  level: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
const attributeDef = v.object({
  ...term.entries,
  question: v.picklist(ATTRIBUTE_QUESTIONS),
  multiple: v.boolean(),
  values: v.array(term),
});

export const codebookSchema = v.object({
  actorTypeGroups: v.array(term),
  actorTypes: v.array(groupedTerm),
  internalRoles: v.array(term),
  positions: v.array(term),
  triangleRoles: v.array(term),
  resources: v.array(term),
  motiveDimensions: v.array(term),
  motives: v.array(groupedTerm),
  frequencies: v.array(frequencyTerm),
  tieAttributes: v.array(attributeDef),
  measurementMoments: v.array(term),
  participantRoles: v.array(term),
});

const id = v.pipe(text, v.minLength(1, 'must not be empty'));
const finite = v.pipe(v.number(), v.finite('must be a finite number'));

const actorSchema = v.object({
  id,
  label: text,
  kind: v.picklist(ACTOR_KINDS),
  type: v.nullable(text),
  position: v.nullable(text),
  triangleRole: v.nullable(text),
  resources: v.array(text),
  notes: text,
});

const tieSchema = v.object({
  id,
  source: id,
  target: id,
  directed: v.boolean(),
  motives: v.array(text),
  frequency: v.nullable(text),
  attributes: v.record(text, v.array(text)),
  duration: text,
  notes: text,
  quotes: v.array(text),
});

export const mapSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id,
  title: text,
  createdAt: text,
  updatedAt: text,
  session: v.object({
    school: text,
    date: text,
    facilitator: text,
    moment: text,
    participants: v.array(v.object({ id, role: text, name: text })),
    notes: text,
  }),
  actors: v.array(actorSchema),
  ties: v.array(tieSchema),
  positions: v.record(text, v.object({ x: finite, y: finite })),
  codebook: codebookSchema,
});
