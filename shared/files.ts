/** File names safe on Windows, macOS and Linux: no reserved characters or names, no trailing dots, bounded length. */
export function safeFileName(title: string, ext: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = title.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ');
  const base = cleaned.replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '').slice(0, 80).trim() || 'untitled';
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base) ? `${base}_.${ext}` : `${base}.${ext}`;
}
