/**
 * A strict RFC 4180 reader: fields separated by one delimiter, optionally in double quotes
 * (a quote inside a quoted field doubled), records ended by CRLF, LF or CR. Errors name the
 * line. Empty lines are skipped.
 */
export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** The line the record starts on (1-based). */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly error: string };

/**
 * The delimiter of the header line (outside quotes): a tab when it has more tabs than commas
 * and semicolons (Excel's "Unicode text"), else `;` when it has more semicolons than commas,
 * else `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === '\t') tabs++;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

const LINE_BREAK = /\r\n|\r|\n/g;
/** Where an unquoted field's text stops: the delimiter, a quote or a line break. */
const FIELD_END: Readonly<Record<Delimiter, RegExp>> = {
  ',': /[,"\r\n]/g,
  ';': /[;"\r\n]/g,
  '\t': /[\t"\r\n]/g,
};

export function parseCsv(text: string, delimiter: Delimiter): CsvResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let atFieldStart = true;
  let inRecord = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const newline = (): boolean => {
    const c = text[i];
    if (c === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (c === '\n') i += 1;
    else return false;
    line++;
    return true;
  };
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
    inRecord = false;
    recordLine = line;
  };

  while (i < text.length) {
    const c = text[i];
    inRecord = true;
    if (atFieldStart && c === '"') {
      // A quoted field runs to the next lone quote, across delimiters and line ends. It is
      // read in chunks between quotes (slices, not characters: a 10 MB file stays fast).
      const opened = line;
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return fail(opened, 'a quoted field is not closed');
        const chunk = text.slice(i, quote);
        const breaks = chunk.match(LINE_BREAK);
        if (breaks) line += breaks.length;
        field += breaks ? chunk.replace(LINE_BREAK, '\n') : chunk;
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        return fail(line, 'a closing quote must end the field');
      }
      atFieldStart = false;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (newline()) {
      endRecord();
    } else if (c === '"') {
      return fail(line, 'a quote inside a field; put the whole field in double quotes');
    } else {
      FIELD_END[delimiter].lastIndex = i;
      const end = FIELD_END[delimiter].exec(text)?.index ?? text.length;
      field += text.slice(i, end);
      atFieldStart = false;
      i = end;
    }
  }
  if (inRecord) endRecord();
  return { ok: true, records };
}

function fail(line: number, message: string): CsvResult {
  return { ok: false, error: `line ${line}: ${message}` };
}
