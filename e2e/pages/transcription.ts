import { expect, type Download, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WORDS, encodeToneWav } from '../simulator/audio/tone';

export type ExportLabel = 'Text (TXT)' | 'Markdown (MD)' | 'Subtitles (SRT)' | 'Subtitles (VTT)' | 'Word (DOCX)' | 'Data (JSON)';

/** The Transcription screen: intake, the queue, the open recording's transcript, minutes and exports. */
export class TranscriptionPage {
  readonly main: Locator;
  readonly fileInput: Locator;
  readonly intake: Locator;
  readonly queue: Locator;
  readonly detail: Locator;
  readonly transcript: Locator;
  readonly speakers: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.fileInput = this.main.getByLabel('Recordings to transcribe');
    this.intake = page.getByRole('dialog', { name: /^Transcribe / });
    this.queue = this.main.getByRole('complementary', { name: 'Queue' });
    this.detail = this.main.getByRole('region', { name: /^Recording / });
    this.transcript = this.main.getByRole('list', { name: 'Transcript' });
    this.speakers = this.main.getByRole('group', { name: 'Speakers' });
    this.search = this.main.getByRole('combobox', { name: 'Search all transcripts' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Transcription', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Transcription');
  }

  /** Picks files as the "Add recordings" button's file chooser would; the confirm panel opens. */
  async addFiles(files: string[]): Promise<void> {
    await this.fileInput.setInputFiles(files);
    await expect(this.intake).toBeVisible();
  }

  /** The pre-flight estimate in the confirm panel. */
  estimate(): Locator {
    return this.intake.getByRole('group', { name: 'Estimate' });
  }

  async chooseModel(label: string): Promise<void> {
    await this.intake.getByRole('combobox', { name: 'Model' }).selectOption({ label });
  }

  /** Starts, waits for the upload and the queueing to finish (the panel closes). */
  /** Starts the intake; the dialog closes once every file is uploaded and probed (a 30 MB upload on a busy CI machine can take a minute or more). */
  async start(): Promise<void> {
    await this.intake.getByRole('button', { name: 'Start transcription' }).click();
    await expect(this.intake).toHaveCount(0, { timeout: 150_000 });
  }

  job(name: string): Locator {
    return this.queue.getByRole('article', { name, exact: true });
  }

  /** The job's one-line status ("Transcribing 1 of 2 chunks", "Waiting for network — resumes by itself", "Done"…). */
  jobStatus(name: string): Locator {
    return this.job(name).getByRole('status');
  }

  chunkCells(name: string): Locator {
    return this.job(name).getByRole('list', { name: /^Chunks:/ }).getByRole('listitem');
  }

  /** Cells of chunks already transcribed (sent, or answered from the cache). */
  doneChunkCells(name: string): Locator {
    return this.chunkCells(name).and(this.page.locator('[data-state="done"], [data-state="cached"]'));
  }

  async waitDone(name: string, timeout = 90_000): Promise<void> {
    await expect(this.jobStatus(name)).toHaveText('Done', { timeout });
  }

  async openJob(name: string): Promise<void> {
    await this.job(name).getByRole('button', { name, exact: true }).click();
    await expect(this.detail).toHaveAccessibleName(`Recording ${name}`);
  }

  segmentTexts(): Locator {
    return this.transcript.locator('.tx-seg__text');
  }

  /** Start of every segment in ms, from the "Play from m:ss" buttons. */
  async segmentStarts(): Promise<number[]> {
    const labels = await this.transcript.getByRole('button', { name: /^Play from / }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.map((l) => {
      const parts = l.replace('Play from ', '').split(':').map(Number);
      return parts.reduce((acc, n) => acc * 60 + n, 0) * 1000;
    });
  }

  async renameSpeaker(current: string, next: string): Promise<void> {
    await this.speakers.getByRole('button', { name: new RegExp(`^${current}\\b`) }).click();
    const panel = this.page.getByRole('dialog', { name: `Rename ${current}` });
    await panel.getByLabel(`Name for ${current}`).fill(next);
    await panel.getByRole('button', { name: 'Rename' }).click();
    await expect(panel).toHaveCount(0);
    await expect(this.speakers.getByRole('button', { name: new RegExp(`^${next}\\b`) })).toBeVisible();
  }

  /** A toast (app.notify in browser mode, or the outcome of an action). */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.toaster').getByText(text);
  }

  /** The segment row whose time is `at` ("0:17"). */
  segment(at: string): Locator {
    return this.transcript.getByRole('listitem').filter({ has: this.page.getByRole('button', { name: `Play from ${at}`, exact: true }) });
  }

  /** Corrects a segment in place: double-click, type, then Enter (save) or Escape (put back). */
  async editSegment(at: string, text: string, key: 'Enter' | 'Escape' = 'Enter'): Promise<void> {
    await this.segment(at).locator('.tx-seg__text').dblclick();
    const editor = this.transcript.getByRole('textbox', { name: `Text at ${at}` });
    await editor.fill(text);
    await editor.press(key);
    await expect(editor).toHaveCount(0);
  }

  findInput(): Locator {
    return this.detail.getByRole('searchbox', { name: 'Find in transcript' });
  }

  /** "2 of 5" or "No matches". */
  findCount(): Locator {
    return this.detail.locator('.tx-find__count');
  }

  searchHits(): Locator {
    return this.page.getByRole('listbox', { name: 'Transcript matches' }).getByRole('option');
  }

  /** The open recording's jobs actions: "Pause", "Resume", "Retry"; the rest are in its "More actions" menu. */
  async jobAction(name: string, action: 'Pause' | 'Resume' | 'Retry'): Promise<void> {
    await this.job(name).getByRole('button', { name: `${action} ${name}`, exact: true }).click();
  }

  async jobMenu(name: string, item: 'Cancel' | 'Remove…'): Promise<void> {
    await this.job(name).getByRole('button', { name: `More actions for ${name}` }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  queueButton(): Locator {
    return this.queue.getByRole('button', { name: /^(Pause|Resume) queue$/ });
  }

  /** Exports through the menu and returns the downloaded file's bytes. */
  async exportAs(label: ExportLabel): Promise<{ download: Download; bytes: Buffer }> {
    await this.detail.getByRole('button', { name: /^Export / }).click();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('menuitem', { name: label }).click()]);
    const file = await download.path();
    return { download, bytes: fs.readFileSync(file) };
  }
}

// ---------------------------------------------------------------- recordings with a known transcript

export interface ToneRecording {
  file: string;
  words: { word: string; at: number }[];
}

/**
 * A WAV of `seconds` with a 1-second tone word every `every` seconds from t = 3 s; the simulator's
 * transcript of it is exactly those words (see e2e/simulator/README.md).
 */
export function toneRecording(name: string, seconds: number, every: number): ToneRecording {
  const slots: (string | null)[] = Array.from({ length: seconds }, () => null);
  const words: { word: string; at: number }[] = [];
  for (let t = 3, i = 0; t < seconds - 1; t += every, i++) {
    const word = WORDS[i % WORDS.length]!;
    slots[t] = word;
    words.push({ word, at: t });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-rec-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, encodeToneWav(slots));
  return { file, words };
}

/** A file that claims to be a recording but holds no audio. */
export function garbageFile(name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bad-')), name);
  fs.writeFileSync(file, Buffer.alloc(4000, 3));
  return file;
}
