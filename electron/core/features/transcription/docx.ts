/**
 * Minimal Word (DOCX) documents: a package with styles for a title, headings and lists, paragraphs of runs,
 * and tables. Enough for transcripts and minutes; Word, LibreOffice and Pages open it.
 */
import { zip } from './zip';

/** Characters XML 1.0 forbids anywhere, even escaped (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF): Word refuses a file that has one. */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const xml = (t: string) => t.replace(XML_ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export const run = (r: Run) =>
  `<w:r>${r.bold || r.italic ? `<w:rPr>${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(r.text)}</w:t></w:r>`;

export const paragraph = (runs: Run[], style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs.map(run).join('')}</w:p>`;

export function table(rows: Run[][][]): string {
  const cell = (runs: Run[], header: boolean) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraph(header ? runs.map((r) => ({ ...r, bold: true })) : runs)}</w:tc>`;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`;
  const props = `<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr>`;
  return `<w:tbl>${props}${rows.map((cells, i) => `<w:tr>${cells.map((c) => cell(c, i === 0)).join('')}</w:tr>`).join('')}</w:tbl>`;
}

const heading = (id: string, name: string, size: number) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>' +
  heading('Title', 'Title', 40) +
  heading('Heading1', 'heading 1', 32) +
  heading('Heading2', 'heading 2', 28) +
  heading('Heading3', 'heading 3', 24) +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>' +
  '</w:styles>';

/** A .docx package around body XML (paragraphs and tables). */
export function docxPackage(body: string): Buffer {
  const files = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    'word/styles.xml': STYLES,
  };
  return zip(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })));
}

/** **bold**, *italic* / _italic_ and `code` as runs; other Markdown marks are kept as typed. */
export function inlineRuns(text: string): Run[] {
  const out: Run[] = [];
  const re = /\*\*(.+?)\*\*|__(.+?)__|\*(\S(?:.*?\S)?)\*|_(\S(?:.*?\S)?)_|`([^`]+)`/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    if (m[1] ?? m[2]) out.push({ text: (m[1] ?? m[2])!, bold: true });
    else if (m[3] ?? m[4]) out.push({ text: (m[3] ?? m[4])!, italic: true });
    else out.push({ text: m[5]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => inlineRuns(c.trim()));
const isRule = (line: string) => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);

/** Markdown as Word body XML: headings, bullet and numbered lists, tables, paragraphs. */
export function markdownBody(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      out.push(paragraph(inlineRuns(h[2]!.trim()), `Heading${Math.min(3, h[1]!.length)}`));
      continue;
    }
    if (line.trim().startsWith('|') && isRule(lines[i + 1] ?? '')) {
      const rows = [cells(line)];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(cells(lines[i++]!));
      i -= 1;
      out.push(table(rows));
      continue;
    }
    const bullet = /^(\s*)[-*+]\s+(?:\[( |x|X)\]\s+)?(.*)$/.exec(line);
    if (bullet) {
      const box = bullet[2] === undefined ? '• ' : bullet[2] === ' ' ? '☐ ' : '☑ ';
      out.push(paragraph([{ text: box }, ...inlineRuns(bullet[3]!)], 'ListParagraph'));
      continue;
    }
    const numbered = /^\s*(\d+)[.)]\s+(.*)$/.exec(line);
    if (numbered) {
      out.push(paragraph([{ text: `${numbered[1]}. ` }, ...inlineRuns(numbered[2]!)], 'ListParagraph'));
      continue;
    }
    out.push(paragraph(inlineRuns(line.trim())));
  }
  return out.join('');
}
