import { create } from 'zustand';

/** What the audio element offers the transcript (it registers itself while it is mounted). */
export interface PlayerControls {
  seek(ms: number, play: boolean): void;
  toggle(): void;
}

/** Playback of the open recording, so the transcript can follow along and ask to play from a segment. */
interface PlayerState {
  recordingId: string | null;
  currentMs: number;
  playing: boolean;
  controls: PlayerControls | null;
  attach(recordingId: string, controls: PlayerControls): void;
  detach(recordingId: string): void;
  report(currentMs: number, playing: boolean): void;
  /** Plays from a point of the transcript (segment clicks). */
  playFrom(ms: number): void;
  /** Moves the position without playing (a search hit being brought into view). */
  cue(ms: number): void;
}

export const useTranscriptionPlayer = create<PlayerState>()((set, get) => ({
  recordingId: null,
  currentMs: 0,
  playing: false,
  controls: null,
  attach(recordingId, controls) {
    set({ recordingId, controls, currentMs: 0, playing: false });
  },
  detach(recordingId) {
    if (get().recordingId === recordingId) set({ recordingId: null, controls: null, playing: false, currentMs: 0 });
  },
  report(currentMs, playing) {
    if (currentMs !== get().currentMs || playing !== get().playing) set({ currentMs, playing });
  },
  playFrom(ms) {
    get().controls?.seek(ms, true);
  },
  cue(ms) {
    get().controls?.seek(ms, false);
  },
}));
