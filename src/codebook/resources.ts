/**
 * Resources (hulp- en machtsbronnen), multi-select per actor.
 * Source: domain.md §2c: Suijs 1999 (LS 1386–89) plus Warren's additions (LS 1483); merging the
 * two lists is proposed there.
 */
import { term } from './term';
import type { Term } from './types';

export const RESOURCES: readonly Term[] = [
  term('material', 'Material resources / means', 'Materiële bronnen / middelen'),
  term('knowledge-skills', 'Knowledge and skills', 'Kennis en vaardigheden'),
  term('position-power', 'Positional and functional power', 'Positie- en functiemacht'),
  term('relations', 'Relations', 'Relaties'),
  term('identity-image', 'Identity and image', 'Identiteit en imago'),
  term('infrastructure', 'Infrastructure', 'Infrastructuur'),
  term('personnel', 'Personnel', 'Personeel'),
  term('leadership', 'Leadership', 'Leiderschap'),
];
