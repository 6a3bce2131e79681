/**
 * JSON text laid out the way Prettier formats a `.json` file (printWidth 100): objects always
 * expanded, arrays of plain values on one line when they fit, one value per line otherwise.
 * Generated files then pass `prettier --check` without a formatting step.
 */
const PRINT_WIDTH = 100;
const INDENT = '  ';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const width = (s: string): number => [...s].length;
const isPlain = (v: Json): boolean => v === null || typeof v !== 'object';

function format(value: Json, indent: string, prefix: number, suffix: number): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    const items: readonly Json[] = value;
    if (items.length === 0) return '[]';
    if (items.every(isPlain)) {
      const flat = `[${items.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (width(indent) + prefix + width(flat) + suffix <= PRINT_WIDTH) return flat;
    }
    const lines = items.map((v, i) => inner + format(v, inner, 0, i < items.length - 1 ? 1 : 0));
    return `[\n${lines.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as { readonly [key: string]: Json });
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v], i) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + format(v, inner, width(key), i < entries.length - 1 ? 1 : 0);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** Serialises plain data (objects, arrays, strings, numbers, booleans, null). */
export function toPrettierJson(value: unknown): string {
  return format(JSON.parse(JSON.stringify(value)) as Json, '', 0, 0);
}
