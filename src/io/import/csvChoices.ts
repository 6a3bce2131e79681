/** The fields a CSV column can be mapped to, for the mapping step of the import. */
import { DEFAULT_CODEBOOK } from '../../codebook/default';
import type { Codebook } from '../../codebook/types';
import { ACTOR_FIELDS, attributeField, motiveField, TIE_FIELDS } from '../fields';
import type { TableRole } from './fieldNames';

export type CsvFieldChoice =
  /** A field of the actor or tie (fields.ts); the app words it through i18n. */
  | { readonly kind: 'field'; readonly field: string }
  /** A 0/1 column for one motive; label it with the motive's codebook label. */
  | { readonly kind: 'motive'; readonly field: string; readonly motive: string }
  /** A coded tie attribute; label it with the attribute's codebook label. */
  | { readonly kind: 'attribute'; readonly field: string; readonly attribute: string };

export function csvFieldChoices(
  role: TableRole,
  codebook: Codebook = DEFAULT_CODEBOOK,
): CsvFieldChoice[] {
  if (role === 'actors') return ACTOR_FIELDS.map((field) => ({ kind: 'field', field }));
  return [
    ...[...TIE_FIELDS, 'sourceLabel', 'targetLabel'].map((field): CsvFieldChoice => ({
      kind: 'field',
      field,
    })),
    ...codebook.tieAttributes.map((a): CsvFieldChoice => ({
      kind: 'attribute',
      field: attributeField(a.id),
      attribute: a.id,
    })),
    ...codebook.motives.map((m): CsvFieldChoice => ({
      kind: 'motive',
      field: motiveField(m.id),
      motive: m.id,
    })),
  ];
}
