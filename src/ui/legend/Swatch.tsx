import { INFORMAL_DASH } from '../../canvas/encoding';
import { NODE_OUTLINE, NO_MOTIVE_COLOUR, type Look } from '../../canvas/palette';
import { polygonPoints } from './shapes';

/** How an actor category is drawn on the canvas, as a small SVG (decorative: the label says it). */
export function ActorSwatch({ look, dashed = false }: { look: Look; dashed?: boolean }) {
  const common = {
    fill: look.colour,
    stroke: dashed ? '#4b5563' : NODE_OUTLINE,
    strokeWidth: dashed ? 1.6 : 1.2,
    strokeDasharray: dashed ? '3 2' : undefined,
  };
  const points = polygonPoints(look.shape, 12, 12, 9, 9);
  return (
    <svg className="legend-swatch" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      {look.shape === 'ellipse' ? (
        <circle cx="12" cy="12" r="9" {...common} />
      ) : points ? (
        <polygon points={points} {...common} />
      ) : (
        <rect x="3" y="3" width="18" height="18" rx="4" {...common} />
      )}
    </svg>
  );
}

interface TieSwatchProps {
  readonly colours?: readonly string[];
  readonly marker?: string;
  readonly width?: number;
  readonly dashed?: boolean;
  readonly arrow?: boolean;
}

const LINE_FROM = 2;
const LINE_TO = 62;
const BAND_REPEATS = 3;

/** A short tie as the canvas draws it: colour bands, letter marker, width, dashes, arrow. */
export function TieSwatch({
  colours = [NO_MOTIVE_COLOUR],
  marker = '',
  width = 3,
  dashed = false,
  arrow = false,
}: TieSwatchProps) {
  const bands = colours.length === 1 ? 1 : colours.length * BAND_REPEATS;
  const step = (LINE_TO - LINE_FROM) / bands;
  const dash = dashed ? INFORMAL_DASH.join(' ') : undefined;
  const markerWidth = marker.length * 6 + 6;
  return (
    <svg className="legend-swatch" width="64" height="22" viewBox="0 0 64 22" aria-hidden="true">
      {Array.from({ length: bands }, (_, b) => (
        <line
          key={b}
          x1={LINE_FROM + b * step}
          x2={LINE_FROM + (b + 1) * step}
          y1="11"
          y2="11"
          stroke={colours[b % colours.length]}
          strokeWidth={width}
          strokeDasharray={dash}
        />
      ))}
      {arrow && <polygon points="63,11 53,5.5 53,16.5" fill={colours[colours.length - 1]} />}
      {marker && (
        <g>
          <rect
            x={32 - markerWidth / 2}
            y="4"
            width={markerWidth}
            height="14"
            rx="3"
            fill="#ffffff"
            stroke="#9ca3af"
          />
          <text x="32" y="15" textAnchor="middle" fontSize="10" fontWeight="700" fill="#111827">
            {marker}
          </text>
        </g>
      )}
    </svg>
  );
}
