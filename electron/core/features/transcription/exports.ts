import type { RecordingDetail } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import { safeFileName } from '../../../../shared/files';
import { docxPackage, markdownBody, paragraph, xml } from './docx';

export { xml };

export type ExportFormat = 'txt' | 'md' | 'srt' | 'vtt' | 'docx' | 'json' | 'minutes-md' | 'minutes-docx';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** 01:02:03,456 (SRT) or 01:02:03.456 (VTT). */
export function timecode(ms: number, sep: ',' | '.'): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
}
const clock = (ms: number) => timecode(ms, '.').slice(0, 8);

/** The name to show for a speaker label: the user's name for it, a known speaker's own name, or "Speaker A". */
export function speakerName(label: string | null, names: Record<string, string>): string | null {
  if (!label) return null;
  return names[label] ?? (/^[A-Z]$/.test(label) ? `Speaker ${label}` : label);
}

function lines(d: RecordingDetail) {
  return d.segments.map((s) => ({ ...s, who: speakerName(s.speaker, d.speakerNames) }));
}

/** Cue text for WebVTT: &, < and > escaped (so "-->" cannot end up in a cue), and no blank line, which would end the cue early. */
export const vttText = (t: string) => t.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r\n?/g, '\n').replace(/\n\s*\n/g, '\n');
/** SRT has no escapes, but a blank line ends a cue there too. */
const srtText = (t: string) => t.trim().replace(/\r\n?/g, '\n').replace(/\n\s*\n/g, '\n');

function docx(d: RecordingDetail): Buffer {
  return docxPackage(
    [
      paragraph([{ text: d.recording.name }], 'Title'),
      ...lines(d).map((l) => paragraph([{ text: `[${clock(l.startMs)}]${l.who ? ` ${l.who}:` : ''} `, bold: true }, { text: l.text }])),
    ].join(''),
  );
}

function minutesOf(d: RecordingDetail): string {
  if (!d.minutes) throw new AppFailure('not_found', 'This recording has no minutes yet. Write them in the Minutes tab first.');
  return d.minutes.content;
}

/** A transcript as a file in one of the export formats, speaker names applied. */
export function exportTranscript(d: RecordingDetail, format: ExportFormat): { filename: string; mime: string; content: string; encoding: 'utf8' | 'base64' } {
  const base = d.recording.name.replace(/\.[^.]+$/, '');
  const name = (ext: string) => safeFileName(base, ext);
  const ls = lines(d);
  switch (format) {
    case 'txt':
      return { filename: name('txt'), mime: 'text/plain', encoding: 'utf8', content: ls.map((l) => `[${clock(l.startMs)}] ${l.who ? `${l.who}: ` : ''}${l.text}`).join('\n') + '\n' };
    case 'md': {
      const parts = [`# ${d.recording.name}`, ''];
      if (d.minutes) parts.push('## Minutes', '', d.minutes.content, '');
      parts.push('## Transcript', '', ...ls.map((l) => `**[${clock(l.startMs)}]${l.who ? ` ${l.who}` : ''}** ${l.text}  `));
      return { filename: name('md'), mime: 'text/markdown', encoding: 'utf8', content: parts.join('\n') + '\n' };
    }
    case 'srt':
      return {
        filename: name('srt'),
        mime: 'application/x-subrip',
        encoding: 'utf8',
        content: ls.map((l, i) => `${i + 1}\n${timecode(l.startMs, ',')} --> ${timecode(l.endMs, ',')}\n${srtText(`${l.who ? `${l.who}: ` : ''}${l.text}`)}\n`).join('\n'),
      };
    case 'vtt':
      return {
        filename: name('vtt'),
        mime: 'text/vtt',
        encoding: 'utf8',
        content: `WEBVTT\n\n${ls.map((l) => `${timecode(l.startMs, '.')} --> ${timecode(l.endMs, '.')}\n${l.who ? `<v ${vttText(l.who.replace(/\s+/g, ' '))}>` : ''}${vttText(l.text)}\n`).join('\n')}`,
      };
    case 'docx':
      return { filename: name('docx'), mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: 'base64', content: docx(d).toString('base64') };
    case 'minutes-md':
      return { filename: safeFileName(`${base} - minutes`, 'md'), mime: 'text/markdown', encoding: 'utf8', content: `# ${d.recording.name}\n\n${minutesOf(d).trim()}\n` };
    case 'minutes-docx': {
      const body = paragraph([{ text: d.recording.name }], 'Title') + markdownBody(minutesOf(d));
      return { filename: safeFileName(`${base} - minutes`, 'docx'), mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: 'base64', content: docxPackage(body).toString('base64') };
    }
    case 'json':
      return {
        filename: name('json'),
        mime: 'application/json',
        encoding: 'utf8',
        content: JSON.stringify({ name: d.recording.name, durationMs: d.recording.durationMs, model: d.recording.model, speakers: d.speakerNames, segments: ls.map(({ who, ...s }) => ({ ...s, speakerName: who })), minutes: d.minutes?.content ?? null }, null, 2),
      };
  }
}
