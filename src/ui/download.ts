/** Saves text as a file through the browser's download (the only way data leaves the device). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a title: letters, digits and dashes only. */
export function safeFileName(title: string, fallback = 'map'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base || fallback;
}

/** Saves bytes (a picture, a PDF) as a file, like downloadText. */
export function downloadBytes(filename: string, bytes: Uint8Array, type: string): void {
  // A copy on a plain ArrayBuffer: what Blob accepts whatever buffer the bytes came in.
  downloadBlob(filename, new Blob([bytes.slice()], { type }));
}
