import type { Core } from 'cytoscape';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { findTerm, termLabel } from '../../codebook';
import type { PartnerMapDoc, Point } from '../../model';
import type { AppliedLayout, GuideLabel, LayoutGuides } from '../../store';
import { useEditor, useView } from '../../ui/editorContext';
import { useI18n, type I18n } from '../../ui/i18nContext';
import { layoutInEffect } from './activeLayout';
import { frameGuides, framePositions, type Viewport } from './frame';
import './guides.css';

interface Screen extends Viewport {
  readonly width: number;
  readonly height: number;
}

/** Cytoscape's pan, zoom and size, kept up to date while the user pans and zooms. */
function useScreen(cy: Core | null): Screen | null {
  const [screen, setScreen] = useState<Screen | null>(null);
  useEffect(() => {
    if (!cy) return;
    const read = () =>
      setScreen({ zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() });
    read();
    cy.on('viewport resize', read);
    return () => {
      cy.off('viewport resize', read);
    };
  }, [cy]);
  return cy ? screen : null;
}

/** After a new layout, frames the result: the rings with their names, or all actors. */
function useFrameAfterLayout(cy: Core | null, layout: AppliedLayout | null): void {
  const seen = useRef(layout);
  useEffect(() => {
    if (!cy || layout === seen.current) return;
    seen.current = layout;
    if (!layout || layout.kind === 'free') return;
    const args = {
      width: cy.width(),
      height: cy.height(),
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
    };
    const viewport = layout.guides
      ? frameGuides(layout.guides, args)
      : framePositions(Object.values(layout.positions), args);
    if (viewport) cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
  }, [cy, layout]);
}

function labelText(label: GuideLabel, map: PartnerMapDoc, { t, locale }: I18n): string {
  if ('message' in label) return t(label.message);
  return termLabel(findTerm(map.codebook[label.vocabulary], label.id), locale, label.id);
}

const RING_FONT = 12;
const SECTOR_FONT = 15;

/** A point at `radius` screen px from `centre`, at an angle clockwise from north. */
const at = (centre: Point, radius: number, angle: number): Point => ({
  x: centre.x + radius * Math.sin(angle),
  y: centre.y - radius * Math.cos(angle),
});

/** A full circle from the bottom, clockwise: text on it reads upright around the top (50%). */
const circlePath = (c: Point, r: number): string =>
  `M ${c.x} ${c.y + r} A ${r} ${r} 0 0 1 ${c.x} ${c.y - r} A ${r} ${r} 0 0 1 ${c.x} ${c.y + r}`;

interface DrawProps {
  readonly guides: LayoutGuides;
  readonly screen: Screen;
  readonly map: PartnerMapDoc;
  readonly i18n: I18n;
}

function GuidesDrawing({ guides, screen, map, i18n }: DrawProps) {
  const idBase = `guide-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { zoom, pan: centre } = screen;
  const rings = guides.rings;
  const sectorOuter = Math.max(0, ...guides.sectors.map((s) => s.outer)) * zoom;
  // Ring names sit on the first sector boundary (near the top), where no actor stands.
  const nameAngle = guides.sectors[0]?.startAngle ?? 0;
  const nameOffset = `${((((nameAngle + Math.PI) / (2 * Math.PI)) * 100) % 100).toFixed(2)}%`;
  return (
    <>
      {[...rings].reverse().map((ring, i) => (
        <circle
          key={`band-${i}`}
          className={(rings.length - 1 - i) % 2 === 0 ? 'guide-band' : 'guide-band alternate'}
          cx={centre.x}
          cy={centre.y}
          r={ring.outer * zoom}
        />
      ))}
      {rings[0] && (
        <circle className="guide-hole" cx={centre.x} cy={centre.y} r={rings[0].inner * zoom} />
      )}
      {guides.sectors.length > 1 &&
        guides.sectors.map((sector, i) => {
          const from = at(centre, sector.inner * zoom, sector.startAngle);
          const to = at(centre, sector.outer * zoom + 10, sector.startAngle);
          return (
            <line
              key={`divider-${i}`}
              className="guide-divider"
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
            />
          );
        })}
      {rings.map((ring, i) => {
        // A band too thin on screen gets no name rather than a name over its actors.
        if ((ring.outer - ring.inner) * zoom < RING_FONT + 8) return null;
        const id = `${idBase}-${i}`;
        const baseline = ring.outer * zoom - 4 - RING_FONT * 0.75;
        return (
          <g key={`ring-${i}`}>
            <path id={id} d={circlePath(centre, baseline)} fill="none" />
            <text className="guide-ring-label" fontSize={RING_FONT}>
              <textPath href={`#${id}`} startOffset={nameOffset} textAnchor="middle">
                {labelText(ring.label, map, i18n)}
              </textPath>
            </text>
          </g>
        );
      })}
      {guides.sectors.map((sector, i) => {
        const mid = (sector.startAngle + sector.endAngle) / 2;
        const p = at(centre, sectorOuter + 16, mid);
        const side = Math.sin(mid);
        const anchor = side > 0.25 ? 'start' : side < -0.25 ? 'end' : 'middle';
        const up = Math.cos(mid);
        const dy = up > 0.25 ? '0' : up < -0.25 ? '0.8em' : '0.35em';
        return (
          <text
            key={`sector-${i}`}
            className="guide-sector-label"
            x={p.x}
            y={p.y}
            dy={dy}
            textAnchor={anchor}
            fontSize={SECTOR_FONT}
          >
            {labelText(sector.label, map, i18n)}
          </text>
        );
      })}
    </>
  );
}

/**
 * The rings and sector names of the last concentric layout, drawn under the Cytoscape canvas
 * (mounted before it in the canvas pane) and moved with its pan and zoom. It also frames the
 * map after every layout chosen in the layout menu.
 */
export function LayoutGuidesLayer({ cy }: { readonly cy: Core | null }) {
  const { store } = useEditor();
  const view = useView();
  const i18n = useI18n();
  const history = useSyncExternalStore(store.subscribe, () => store.getState().history);
  const screen = useScreen(cy);
  useFrameAfterLayout(cy, view.layout);
  const guides = layoutInEffect(view.layout, history)?.guides;
  if (!guides || !screen || !history || guides.rings.length === 0) return null;
  return (
    <svg
      className="layout-guides"
      aria-hidden="true"
      data-testid="layout-guides"
      width={screen.width}
      height={screen.height}
    >
      <GuidesDrawing guides={guides} screen={screen} map={history.present} i18n={i18n} />
    </svg>
  );
}
