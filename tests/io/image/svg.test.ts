import { describe, expect, it } from 'vitest';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { renderSvg, estimateTextWidth } from '../../../src/io/image';
import { paperPixels } from '../../../src/io/image/raster';
import type { PartnerMapDoc } from '../../../src/model';
import { createMap, asMapId } from '../../../src/model';
import { DEFAULT_CODEBOOK } from '../../../src/codebook';
import { loadSampleMap } from '../../fixtures/samples';
import { encodingMap } from '../../canvas/encodingFixtures';
import { T0 } from '../../model/fixtures';
import {
  elements,
  groupsWith,
  hostileMap,
  legendModelOf,
  normalise,
  parseSvg,
  sceneOf,
  textOf,
} from './sceneFixtures';

const MAPS: [string, () => PartnerMapDoc][] = [
  ['primary sample', () => loadSampleMap('primary-school')],
  ['secondary sample', () => loadSampleMap('secondary-school')],
  ['every special case', encodingMap],
  ['hostile labels', hostileMap],
];

const num = (el: XmlElement, name: string) => Number(el.getAttribute(name) ?? 'NaN');

/** The extent of every shape and box drawn in `group`, read back from the SVG itself. */
function drawnExtent(group: XmlElement, dx: number, dy: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const e of elements(group, 'ellipse')) {
    xs.push(num(e, 'cx') - num(e, 'rx'), num(e, 'cx') + num(e, 'rx'));
    ys.push(num(e, 'cy') - num(e, 'ry'), num(e, 'cy') + num(e, 'ry'));
  }
  for (const e of elements(group, 'rect')) {
    xs.push(num(e, 'x'), num(e, 'x') + num(e, 'width'));
    ys.push(num(e, 'y'), num(e, 'y') + num(e, 'height'));
  }
  for (const e of elements(group, 'polygon')) {
    for (const pair of (e.getAttribute('points') ?? '').split(' ')) {
      const [x, y] = pair.split(',').map(Number);
      xs.push(x!);
      ys.push(y!);
    }
  }
  return {
    left: Math.min(...xs) + dx,
    right: Math.max(...xs) + dx,
    top: Math.min(...ys) + dy,
    bottom: Math.max(...ys) + dy,
  };
}

function mapOffset(doc: ReturnType<typeof parseSvg>): [number, number] {
  const group = [...groupsWith(doc, 'data-map').values()][0]!;
  const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(group.getAttribute('transform') ?? '');
  return [Number(match![1]), Number(match![2])];
}

describe('SVG export', () => {
  for (const [name, make] of MAPS) {
    it(`${name}: well-formed, every label as text, nothing outside the view box`, () => {
      const map = make();
      const image = renderSvg(sceneOf(map), { background: 'white' });
      const doc = parseSvg(image.svg);
      const root = doc.documentElement!;
      expect(root.getAttribute('viewBox')).toBe(`0 0 ${image.width} ${image.height}`);
      expect(image.svg).not.toMatch(/NaN|Infinity|undefined/);

      const labels = groupsWith(doc, 'data-label');
      const actors = groupsWith(doc, 'data-actor');
      const [dx, dy] = mapOffset(doc);
      for (const actor of map.actors) {
        const shown = labels.get(actor.id);
        expect(shown, actor.label).toBeDefined();
        // Wrapped lines joined again give the label (a forbidden XML character becomes U+FFFD).
        const expected = normalise(actor.label.replaceAll('\u0001', '\uFFFD'));
        expect(normalise(textOf(shown!))).toBe(expected);
        for (const group of [actors.get(actor.id)!, shown!]) {
          const box = drawnExtent(group, dx, dy);
          expect(box.left, actor.label).toBeGreaterThanOrEqual(0);
          expect(box.top, actor.label).toBeGreaterThanOrEqual(0);
          expect(box.right, actor.label).toBeLessThanOrEqual(image.width);
          expect(box.bottom, actor.label).toBeLessThanOrEqual(image.height);
        }
      }
      expect(groupsWith(doc, 'data-tie').size).toBe(map.ties.length);
    });
  }

  it('escapes markup in labels and titles: no element comes from a label', () => {
    const map = hostileMap();
    const image = renderSvg(sceneOf(map, 'type-group', 'en', { title: '<b>"Title" & co</b>' }), {
      background: 'transparent',
    });
    expect(image.svg).not.toContain('<script');
    expect(image.svg).not.toContain('<b>');
    expect(image.svg).toContain('&lt;script&gt;');
    expect(image.svg).toContain('&quot;double&quot;');
    expect(image.svg).toContain('&amp; &apos;single&apos;');
    const doc = parseSvg(image.svg);
    const names = new Set(elements(doc, '*').map((e) => e.tagName));
    expect([...names].sort()).toEqual(
      ['ellipse', 'g', 'line', 'polygon', 'rect', 'svg', 'text', 'title'].filter((n) =>
        names.has(n),
      ),
    );
    expect(names.has('script')).toBe(false);
    expect(elements(doc, 'title')[0]!.textContent).toBe('<b>"Title" & co</b>');
    // The emoji and accents arrive as they are.
    expect(image.svg).toContain('Émile &amp; Zoë 🎉');
  });

  it('a transparent background draws no background rectangle; white does', () => {
    const scene = sceneOf(loadSampleMap('primary-school'));
    const white = renderSvg(scene, { background: 'white' });
    const clear = renderSvg(scene, { background: 'transparent' });
    const first = (svg: string) => elements(parseSvg(svg).documentElement!, 'rect')[0]!;
    expect(first(white.svg).getAttribute('fill')).toBe('#ffffff');
    expect(first(white.svg).getAttribute('width')).toBe(String(white.width));
    expect(first(clear.svg).getAttribute('width')).not.toBe(String(clear.width));
  });

  for (const colourBy of ['type-group', 'position'] as const) {
    it(`the legend lists exactly the legend model's entries (colour by ${colourBy})`, () => {
      for (const map of [loadSampleMap('primary-school'), encodingMap()]) {
        const model = legendModelOf(map, colourBy);
        const scene = sceneOf(map, colourBy);
        const [actors, ties, widths] = scene.legend;
        expect(actors!.title).toBe(model.actorsTitle);
        expect(actors!.entries.map((e) => e.label)).toEqual(model.actors.map((a) => a.label));
        expect(actors!.entries.map((e) => e.swatch.kind === 'actor' && e.swatch.fill)).toEqual(
          model.actors.map((a) => a.look.colour),
        );
        expect(ties!.entries.map((e) => e.label)).toEqual(model.ties.map((a) => a.label));
        expect(ties!.entries.map((e) => e.swatch.kind === 'tie' && e.swatch.marker)).toEqual(
          model.ties.map((a) => a.marker),
        );
        expect(widths!.entries.map((e) => e.label)).toEqual(model.widths.map((w) => w.label));
        const lines = scene.legend[3]?.entries.length ?? 0;
        expect(lines).toBe((model.informalCount > 0 ? 1 : 0) + (model.directedCount > 0 ? 1 : 0));

        // And the SVG draws each of them, with its count.
        const doc = parseSvg(renderSvg(scene, { background: 'white' }).svg);
        const legendText = normalise(textOf([...groupsWith(doc, 'data-legend').values()][0]!));
        for (const entry of [...model.actors, ...model.ties, ...model.widths]) {
          expect(legendText).toContain(`${entry.label} (${entry.count})`);
        }
      }
    });
  }

  it('fills a print page: the layout takes the paper proportions, nothing outside', () => {
    const map = loadSampleMap('secondary-school');
    for (const landscape of [false, true]) {
      const page = paperPixels('a4', landscape);
      const aspect = page.width / page.height;
      const image = renderSvg(
        sceneOf(map, 'type-group', 'en', { caption: 'x · y', date: 'today' }),
        {
          background: 'white',
          aspect,
          pixelSize: page,
        },
      );
      expect(image.width / image.height).toBeCloseTo(aspect, 2);
      expect(image.legendPlacement).toBe(landscape ? 'side' : 'below');
      const root = parseSvg(image.svg).documentElement!;
      expect(root.getAttribute('width')).toBe(String(page.width));
      expect(root.getAttribute('height')).toBe(String(page.height));
      for (const box of image.actorBoxes.values()) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(image.width);
        expect(box.bottom).toBeLessThanOrEqual(image.height);
      }
    }
  });

  it('an empty map and a map with one actor give a valid, finite SVG', () => {
    const one = createMap({
      school: 'Solo',
      codebook: DEFAULT_CODEBOOK,
      id: asMapId('m-solo'),
      now: T0,
    });
    const empty = { ...one, actors: [], ties: [], positions: {} };
    for (const map of [one, empty]) {
      const image = renderSvg(sceneOf(map), { background: 'white' });
      parseSvg(image.svg);
      expect(image.svg).not.toMatch(/NaN|Infinity/);
      expect(image.width).toBeGreaterThan(0);
      expect(image.height).toBeGreaterThan(0);
    }
  });

  it('wraps labels at the canvas width', () => {
    const scene = sceneOf(loadSampleMap('primary-school'));
    const node = scene.nodes.find((n) => n.label === 'Kritische vriend (gewezen directeur)')!;
    const doc = parseSvg(renderSvg(scene, { background: 'white' }).svg);
    const lines = elements(groupsWith(doc, 'data-label').get(node.id)!, 'text');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(estimateTextWidth(line.textContent ?? '', 14, false)).toBeLessThanOrEqual(130);
    }
  });
});
