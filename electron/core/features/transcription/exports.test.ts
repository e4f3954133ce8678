import { describe, expect, it } from 'vitest';
import type { RecordingDetail } from '../../../../shared/contract';
import zlib from 'node:zlib';
import { exportTranscript, speakerName, timecode } from './exports';
import { dosDateTime, zip } from './zip';

/** The entries of a ZIP written by our writer: name, DOS time/date, inflated bytes. */
function unzip(bytes: Buffer): { name: string; time: number; date: number; data: Buffer }[] {
  const out = [];
  for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50; ) {
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    out.push({ name, time: bytes.readUInt16LE(at + 10), date: bytes.readUInt16LE(at + 12), data: zlib.inflateRawSync(bytes.subarray(start, start + size)) });
    at = start + size;
  }
  return out;
}

const detail = (over: Partial<RecordingDetail> = {}): RecordingDetail => ({
  recording: { id: 'r', jobId: 'j', name: 'Board: Q3/Q4 review.m4a', state: 'done', phase: 'done', durationMs: 5000, bytes: 1, providerId: 'p', model: 'whisper-1', liveModel: null, language: null, chunks: { total: 1, done: 1 }, estimateMicros: 1, costMicros: 1, error: null, createdAt: '', startedAt: null, finishedAt: null },
  chunks: [],
  segments: [
    { idx: 0, startMs: 0, endMs: 1500, speaker: 'A', text: 'Welcome & hello <all>' },
    { idx: 1, startMs: 3_723_456, endMs: 3_724_000, speaker: 'Ana', text: 'Thanks.' },
  ],
  speakerNames: { A: 'Bo' },
  minutes: null,
  ...over,
});

describe('transcript exports', () => {
  it('formats SRT and VTT timecodes', () => {
    expect(timecode(3_723_456, ',')).toBe('01:02:03,456');
    expect(timecode(5, '.')).toBe('00:00:00.005');
  });

  it('names speakers: renamed labels, known speakers by their own name, others as "Speaker X"', () => {
    expect(speakerName('A', { A: 'Bo' })).toBe('Bo');
    expect(speakerName('B', {})).toBe('Speaker B');
    expect(speakerName('Ana', {})).toBe('Ana');
    expect(speakerName(null, {})).toBeNull();
  });

  it('writes SRT with numbered cues and names, and a safe file name', () => {
    const srt = exportTranscript(detail(), 'srt');
    expect(srt.filename).toBe('Board Q3 Q4 review.srt');
    expect(srt.content).toBe('1\n00:00:00,000 --> 00:00:01,500\nBo: Welcome & hello <all>\n\n2\n01:02:03,456 --> 01:02:04,000\nAna: Thanks.\n');
  });

  it('writes WebVTT with voice tags and DOCX as an escaped Word document', () => {
    expect(exportTranscript(detail(), 'vtt').content).toMatch(/^WEBVTT\n\n00:00:00\.000 --> 00:00:01\.500\n<v Bo>Welcome/);
    const docx = Buffer.from(exportTranscript(detail(), 'docx').content, 'base64');
    expect(docx.subarray(0, 4).toString('hex')).toBe('504b0304');
  });

  it('escapes WebVTT cue text and voice names, so "-->", tags and blank lines cannot break a cue', () => {
    const vtt = exportTranscript(
      detail({ segments: [{ idx: 0, startMs: 0, endMs: 1000, speaker: 'A', text: 'x --> y <b>bold</b> & AT&T\n\nnext' }], speakerNames: { A: 'Tom <CEO>' } }),
      'vtt',
    ).content;
    const cue = vtt.split('\n').slice(3).join('\n');
    expect(cue).toBe('<v Tom &lt;CEO&gt;>x --&gt; y &lt;b&gt;bold&lt;/b&gt; &amp; AT&amp;T\nnext\n');
    expect(vtt.match(/-->/g)).toHaveLength(1); // only the timing line's arrow
  });

  it('strips control characters XML forbids from DOCX, keeping tabs, newlines and emoji', () => {
    const bad = 'Hello\u0000 wo\u0007rld\u000B\u001F\uFFFE\uD800 \t😀 done';
    const d = detail({ recording: { ...detail().recording, name: 'Bell\u0007.m4a' }, segments: [{ idx: 0, startMs: 0, endMs: 1, speaker: null, text: bad }] });
    const doc = unzip(Buffer.from(exportTranscript(d, 'docx').content, 'base64')).find((e) => e.name === 'word/document.xml')!.data.toString('utf8');
    const illegal = [...doc].filter((ch) => { const c = ch.codePointAt(0)!; return (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff); });
    expect(illegal).toEqual([]);
    expect(doc).toContain('Hello world \t😀 done');
    expect(doc).toContain('>Bell.m4a<');
  });

  it('dates ZIP entries (DOS date and time), not 1980-00-00', () => {
    const at = new Date(2026, 10, 28, 23, 41, 17);
    const entries = unzip(zip([{ name: 'a.txt', data: Buffer.from('hi') }], at));
    expect(entries[0]).toMatchObject({ name: 'a.txt', data: Buffer.from('hi') });
    const { time, date } = entries[0]!;
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([2026, 11, 28, 23, 41, 16]);
    expect(dosDateTime(at)).toEqual({ time, date });
    const docx = unzip(Buffer.from(exportTranscript(detail(), 'docx').content, 'base64'));
    expect(docx.every((e) => e.date !== 0)).toBe(true);
  });
});

describe('minutes exports', () => {
  const minutes = {
    content: '## Summary\nThe team agreed to **ship on 12 May**.\n\n## Action items\n| Owner | Task | Due |\n|---|---|---|\n| Ana | Draft the launch note | Fri |\n\n- [ ] Book the venue\n1. Call the printer',
    model: 'gpt-5-mini',
    costMicros: 10,
    createdAt: '',
  };

  it('exports the minutes alone as Markdown and as Word, with headings, table and lists', () => {
    const md = exportTranscript(detail({ minutes }), 'minutes-md');
    expect(md.filename).toBe('Board Q3 Q4 review - minutes.md');
    expect(md.content).toBe(`# Board: Q3/Q4 review.m4a\n\n${minutes.content}\n`);
    expect(md.content).not.toContain('Welcome');

    const docx = exportTranscript(detail({ minutes }), 'minutes-docx');
    expect(docx.filename).toBe('Board Q3 Q4 review - minutes.docx');
    const files = Object.fromEntries(unzip(Buffer.from(docx.content, 'base64')).map((e) => [e.name, e.data.toString('utf8')]));
    const body = files['word/document.xml']!;
    expect(body).toContain('<w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">Summary</w:t>');
    expect(body).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">ship on 12 May</w:t></w:r>');
    expect(body.match(/<w:tr>/g)).toHaveLength(2);
    expect(body).toContain('Draft the launch note');
    expect(body).toContain('☐ ');
    expect(body).toContain('1. ');
    expect(body).not.toContain('|');
    expect(files['word/styles.xml']).toContain('w:styleId="Heading2"');
    expect(files['[Content_Types].xml']).toContain('/word/styles.xml');
  });

  it('says how to get minutes when there are none yet', () => {
    expect(() => exportTranscript(detail(), 'minutes-docx')).toThrow(/no minutes yet/);
  });
});
