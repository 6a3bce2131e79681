/** File names and bytes of exports. */
import type { PartnerMapDoc } from '../../model/types';
import type { ExportFile } from '../types';

const MAX_NAME = 80;

/**
 * A file name from the map's title: characters that Windows, macOS or Linux refuse become
 * "-", and a name that is empty or reserved by Windows falls back to "partnermap".
 */
export function baseFileName(map: PartnerMapDoc): string {
  const name = map.title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, MAX_NAME)
    .trim();
  return name === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name) ? 'partnermap' : name;
}

export function textFile(name: string, mime: string, text: string): ExportFile {
  return { name, mime, bytes: new TextEncoder().encode(text) };
}
