/** A file produced by core: text, or bytes as base64 (DOCX). */
export interface DownloadableFile {
  filename: string;
  mime: string;
  content: string;
  encoding?: 'utf8' | 'base64';
}

/**
 * Saves a file through a temporary <a download> (the desktop window and browser mode alike; no
 * navigation, no inline script).
 */
export function downloadFile({ filename, mime, content, encoding = 'utf8' }: DownloadableFile): void {
  const body = encoding === 'base64' ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : content;
  const type = encoding === 'base64' || mime.includes('charset') ? mime : `${mime};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some engines start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
