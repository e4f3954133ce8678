/** Transcript renderings for each response_format. */
import type { Segment, Transcript } from './transcript';

function clock(seconds: number, sep: ',' | '.'): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
}

export function toSrt(t: Transcript): string {
  return t.segments.map((s, i) => `${i + 1}\n${clock(s.start, ',')} --> ${clock(s.end, ',')}\n${s.text}\n`).join('\n');
}

export function toVtt(t: Transcript): string {
  return `WEBVTT\n\n${t.segments.map((s) => `${clock(s.start, '.')} --> ${clock(s.end, '.')}\n${s.text}\n`).join('\n')}`;
}

const LANGUAGES: Record<string, string> = {
  en: 'english', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch',
  ja: 'japanese', zh: 'chinese', ko: 'korean', ru: 'russian', pl: 'polish', sv: 'swedish',
};

export function languageName(code: string | undefined): string {
  return (code && LANGUAGES[code.toLowerCase()]) ?? code ?? 'english';
}

/** whisper-1 verbose_json; segments unless only words were requested. */
export function toVerboseJson(t: Transcript, language: string | undefined, granularities: string[], usage: object): object {
  const wantWords = granularities.includes('word');
  const wantSegments = granularities.length === 0 || granularities.includes('segment');
  return {
    task: 'transcribe',
    language: languageName(language),
    duration: t.duration,
    text: t.text,
    ...(wantWords ? { words: t.words.map(({ word, start, end }) => ({ word, start, end })) } : {}),
    ...(wantSegments
      ? {
          segments: t.segments.map((s: Segment, id) => ({
            id,
            seek: 0,
            start: s.start,
            end: s.end,
            text: s.text,
            tokens: s.words.map((_, i) => 50_364 + i),
            temperature: 0,
            avg_logprob: -0.25,
            compression_ratio: 1.2,
            no_speech_prob: 0.01,
          })),
        }
      : {}),
    usage,
  };
}

/**
 * gpt-4o-transcribe-diarize diarized_json. Speakers change at every pause between segments: 'A', 'B',
 * 'A', … or, with known_speaker_names, those names in turn.
 */
export function toDiarizedJson(t: Transcript, speakerNames: string[], usage: object): object {
  const names = speakerNames.length > 0 ? speakerNames : ['A', 'B'];
  // Scripted speakers (the demo meeting) keep their labels; known names replace them in order of appearance.
  const order = [...new Set(t.segments.map((s) => s.speaker).filter((s): s is string => Boolean(s)))];
  const who = (s: Segment, i: number) => (s.speaker ? (speakerNames[order.indexOf(s.speaker)] ?? s.speaker) : names[i % names.length]!);
  return {
    task: 'transcribe',
    duration: t.duration,
    text: t.text,
    segments: t.segments.map((s, i) => ({
      type: 'transcript.text.segment',
      id: `seg_${String(i).padStart(3, '0')}`,
      start: s.start,
      end: s.end,
      text: s.text,
      speaker: who(s, i),
    })),
    usage,
  };
}
