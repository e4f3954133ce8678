/**
 * The demo recording (`npm run demo`): a short product meeting of three people. The same script gives the
 * audio (one voice-like hum per turn, each speaker at their own pitch, a pause between turns) and, in demo
 * mode, the transcript the simulator returns for any recording without tone codes: the turns laid over the
 * audio's length, with speakers for the diarizing model. Minutes written from it come from DEMO_MINUTES.
 */
import type { Segment, Transcript, Word } from './transcript';
import { FFMPEG } from './decode';
import { writeWav } from './wav';

export interface Turn {
  speaker: 'A' | 'B' | 'C';
  text: string;
}

export const DEMO_RECORDING_NAME = 'Weekly product sync.m4a';

export const DEMO_SPEAKERS: Record<Turn['speaker'], string> = { A: 'Maya (product)', B: 'Daniel (engineering)', C: 'Priya (design)' };

export const DEMO_MEETING: readonly Turn[] = [
  { speaker: 'A', text: "Okay, let's get started. Three things today: the beta date, the checkout bug, and the onboarding redesign." },
  { speaker: 'B', text: 'Sure. Quick update on checkout first: the double-charge bug is fixed on staging. It only happened when the payment page was reloaded during the redirect.' },
  { speaker: 'A', text: 'Good. Is it safe to ship with the beta, or do we need another week?' },
  { speaker: 'B', text: "I'd like two more days of load testing. If the error rate stays under one in ten thousand, we ship it with the beta." },
  { speaker: 'C', text: 'From the support side, we had fourteen tickets about it last week. Most people just want a confirmation email they can trust.' },
  { speaker: 'A', text: "Then let's add the confirmation email to the scope. Priya, can you draft the copy?" },
  { speaker: 'C', text: "Yes, I'll have it by Thursday. I'll keep it short and put the order number at the top." },
  { speaker: 'A', text: 'Great. Now the beta date. We said the twelfth of March. Does that still hold?' },
  { speaker: 'B', text: 'It holds if the load tests pass by Friday. The migration of the old accounts is the only risk, and it is rehearsed twice already.' },
  { speaker: 'A', text: "Okay. So the decision is: beta on the twelfth of March, unless load testing fails on Friday. I'll tell the sales team today." },
  { speaker: 'C', text: 'On onboarding: we tested the new flow with eight users. Six finished without help; two got stuck on connecting their calendar.' },
  { speaker: 'B', text: 'The calendar step can be skipped technically. We could move it after the first project is created.' },
  { speaker: 'C', text: "That's what I'd suggest too. I'll update the prototype and run three more sessions next week." },
  { speaker: 'A', text: 'Sounds good. One open question: do we announce the public API with the beta, or a week later?' },
  { speaker: 'B', text: 'A week later, please. The documentation is not finished, and I would rather not answer the same questions fifty times.' },
  { speaker: 'A', text: "Fair. Let's decide that next Tuesday, once we see the docs. Thanks, everyone." },
];

/** Words per second of speech in the demo recording (a calm meeting pace). */
const WORDS_PER_SECOND = 2.6;
/** The pause between two turns, in seconds. */
export const TURN_GAP_S = 0.7;
const LEAD_IN_S = 0.5;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
/** How long a turn is spoken for, in seconds. */
export const turnSeconds = (turn: Turn) => Math.max(1.5, wordsOf(turn.text).length / WORDS_PER_SECOND);

/** Start and end of every turn in the demo recording, in seconds. */
export function demoTimeline(): { start: number; end: number }[] {
  let at = LEAD_IN_S;
  return DEMO_MEETING.map((turn) => {
    const start = at;
    at += turnSeconds(turn);
    const span = { start, end: at };
    at += TURN_GAP_S;
    return span;
  });
}

export const demoLengthSeconds = () => (demoTimeline().at(-1)?.end ?? 0) + LEAD_IN_S;

const round = (s: number) => Math.round(s * 1000) / 1000;

/** The demo meeting as a transcript of `duration` seconds: the timeline scaled to the audio's length. */
export function demoTranscript(duration: number): Transcript & { speakers: Turn['speaker'][] } {
  const scale = duration / demoLengthSeconds();
  const timeline = demoTimeline();
  const segments: (Segment & { speaker: Turn['speaker'] })[] = DEMO_MEETING.map((turn, i) => {
    const start = timeline[i]!.start * scale;
    const end = timeline[i]!.end * scale;
    const words = wordsOf(turn.text);
    const step = (end - start) / words.length;
    const timed: Word[] = words.map((word, k) => ({ word, start: round(start + k * step), end: round(start + (k + 1) * step) }));
    return { start: round(start), end: round(end), text: turn.text, words: timed, speaker: turn.speaker };
  });
  return {
    text: segments.map((s) => s.text).join(' '),
    segments,
    words: segments.flatMap((s) => s.words),
    duration: round(duration),
    source: 'filler',
    speakers: segments.map((s) => s.speaker),
  };
}

/** Voice pitch per speaker (Hz): far below the tone code's 400–1950 Hz, so the audio never reads as tone words. */
const PITCH: Record<Turn['speaker'], number> = { A: 196, B: 118, C: 233 };

/**
 * The demo recording as 16 kHz mono WAV: each turn a hum at the speaker's pitch with a few harmonics, a
 * slow vibrato, and a syllable-rate envelope, so it looks and sounds like speech on a waveform; silence
 * between turns. Deterministic.
 */
export function demoRecordingWav(sampleRate = 16_000): Buffer {
  const length = demoLengthSeconds();
  const samples = new Float32Array(Math.ceil(length * sampleRate));
  const timeline = demoTimeline();
  DEMO_MEETING.forEach((turn, i) => {
    const { start, end } = timeline[i]!;
    const f0 = PITCH[turn.speaker];
    let phase = 0;
    for (let n = Math.floor(start * sampleRate); n < Math.min(samples.length, Math.floor(end * sampleRate)); n++) {
      const t = n / sampleRate - start;
      const f = f0 * (1 + 0.04 * Math.sin(2 * Math.PI * 0.7 * t + i) + 0.015 * Math.sin(2 * Math.PI * 5.5 * t));
      phase += (2 * Math.PI * f) / sampleRate;
      const syllable = 0.55 + 0.45 * Math.sin(2 * Math.PI * (3.1 + (i % 3) * 0.4) * t) ** 2;
      const fade = Math.min(1, t / 0.08, (end - start - t) / 0.08);
      const voice = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase) + 0.12 * Math.sin(5 * phase);
      samples[n] = 0.22 * voice * syllable * Math.max(0, fade);
    }
  });
  return writeWav(samples, sampleRate);
}

/** The minutes a model would write from the demo meeting (demo mode answers the minutes request with these). */
export const DEMO_MINUTES = `## Summary
The team confirmed the beta date, agreed how to close out the checkout double-charge bug, and chose a simpler order for onboarding.

## Decisions
- **Beta ships on 12 March**, unless Friday's load tests fail.
- The order **confirmation email** joins the beta scope.
- Onboarding: the **calendar step moves after the first project** is created.

## Action items
| Owner | Action | Due |
| --- | --- | --- |
| Daniel | Load-test checkout (error rate under 1 in 10,000) | Friday |
| Priya | Draft the confirmation email copy | Thursday |
| Maya | Tell the sales team about the beta date | Today |
| Priya | Update the onboarding prototype; run 3 more sessions | Next week |

## Open questions
- Announce the public API **with the beta or a week later**? Decide next Tuesday, once the docs are reviewed.`;

/** Whether a chat request is the app asking for minutes (the Meeting minutes scene sends the transcript so). */
export const isMinutesRequest = (question: string) => /^(Transcript:|Notes from the parts of the meeting|Part \d+ of \d+:)/.test(question.trim());

/**
 * Writes the demo recording to `file` unless it is there: AAC in .m4a through the ffmpeg npm installed with
 * the app (no system ffmpeg, espeak-ng or sox needed); a .wav beside it, under the same name, if ffmpeg fails.
 * Returns the path written or found.
 */
export async function writeDemoRecording(file: string): Promise<string> {
  const { existsSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const wavFile = file.replace(/\.[^./\\]+$/, '') + '.wav';
  if (existsSync(file)) return file;
  if (existsSync(wavFile)) return wavFile;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp.wav`;
  writeFileSync(tmp, demoRecordingWav());
  const out = spawnSync(FFMPEG, ['-nostdin', '-v', 'error', '-y', '-i', tmp, '-c:a', 'aac', '-b:a', '48k', '-f', 'mp4', file], { stdio: 'ignore' });
  if (out.status === 0 && existsSync(file)) {
    rmSync(tmp, { force: true });
    return file;
  }
  rmSync(file, { force: true });
  writeFileSync(wavFile, demoRecordingWav());
  rmSync(tmp, { force: true });
  return wavFile;
}
