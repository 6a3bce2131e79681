import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { Locale } from '../../../src/codebook';
import { makeEncoding } from '../../../src/canvas/encoding';
import type { ImageScene } from '../../../src/io/image';
import {
  addActor,
  addTie,
  asActorId,
  compose,
  makeActor,
  makeTie,
  type PartnerMapDoc,
} from '../../../src/model';
import type { ColourBy } from '../../../src/store';
import { makeI18n } from '../../../src/ui/i18nContext';
import { legendFor } from '../../../src/ui/legend/legendModel';
import { buildScene } from '../../../src/ui/export/scene';
import { SCHOOL, smallMap } from '../../model/fixtures';

/** Labels a renderer must survive: markup, quotes, ampersands, emoji, a control character. */
export const HOSTILE_LABELS = [
  '<script>alert("x")</script>',
  'Quotes "double" & \'single\'',
  'Émile & Zoë 🎉 – ok',
  'Tab\tand\u0001control',
  ']]> <!-- not a comment -->',
] as const;

export function hostileMap(): PartnerMapDoc {
  const actors = HOSTILE_LABELS.map((label, i) =>
    makeActor({ label, type: 'clb' }, asActorId(`a-hostile-${i}`)),
  );
  return compose(
    ...actors.map((a, i) =>
      addActor(a, { x: 240 * Math.cos(i + 0.5), y: 240 * Math.sin(i + 0.5) }),
    ),
    ...actors.map((a) =>
      addTie(makeTie(SCHOOL, a.id, { motives: ['fallback-network'], directed: true })),
    ),
  )(smallMap());
}

export function sceneOf(
  map: PartnerMapDoc,
  colourBy: ColourBy = 'type-group',
  locale: Locale = 'en',
  texts: { title?: string; date?: string; caption?: string } = {},
): ImageScene {
  return buildScene(map, {
    colourBy,
    locale,
    t: makeI18n(locale).t,
    sizes: null,
    legend: true,
    title: texts.title ?? map.title,
    date: texts.date ?? '',
    caption: texts.caption ?? '',
  });
}

export const legendModelOf = (map: PartnerMapDoc, colourBy: ColourBy, locale: Locale = 'en') =>
  legendFor(map, makeEncoding(map.codebook, colourBy, locale), locale, makeI18n(locale).t);

/** The SVG parsed by a strict XML parser; throws on any well-formedness error. */
export function parseSvg(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(svg, 'image/svg+xml');
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return doc;
}

export const elements = (root: XmlElement | ReturnType<typeof parseSvg>, name: string) =>
  Array.from(root.getElementsByTagName(name)) as XmlElement[];

/** The text of the <text> elements under `group`, lines joined by a space. */
export const textOf = (group: XmlElement): string =>
  elements(group, 'text')
    .map((t) => t.textContent ?? '')
    .join(' ');

/** Whitespace as the wrapped label shows it. */
export const normalise = (text: string): string => text.split(/\s+/).filter(Boolean).join(' ');

export function groupsWith(
  doc: ReturnType<typeof parseSvg>,
  attribute: string,
): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>();
  for (const g of elements(doc, 'g')) {
    if (g.hasAttribute(attribute)) out.set(g.getAttribute(attribute) ?? '', g);
  }
  return out;
}

export const sampleLocale: Locale = 'en';
