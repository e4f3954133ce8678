import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { estimateTranscription, formatMoney } from '../shared/pricing';
import { connectApi } from './api-client';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { garbageFile, toneRecording, TranscriptionPage } from './pages/transcription';

/** Onboarding done and the default transcription model set, as a user would have it after setup. */
async function prepare(url: string, model: string): Promise<void> {
  const client = await connectApi(url);
  await client.value('settings.update', { onboardingDone: true, defaults: { 'audio-offline': { providerId: 'env', model } } });
  await client.value('providers.refreshModels', { id: 'env' });
  client.close();
}

/** word/document.xml of a DOCX, read through the zip's local file headers (each part is deflated). */
function docxDocument(bytes: Buffer): string {
  for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50; ) {
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const dataAt = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    if (name === 'word/document.xml') return zlib.inflateRawSync(bytes.subarray(dataAt, dataAt + size)).toString('utf8');
    at = dataAt + size;
  }
  throw new Error('no word/document.xml in the DOCX');
}

test.describe('transcription', () => {
  test('a recording over 25 MB is split into chunks and stitched: every word once, in order, at its time', async ({ simApp, page }) => {
    test.setTimeout(480_000);
    await prepare(simApp.url, 'whisper-1');
    const rec = toneRecording('all-hands.wav', 15 * 60, 7);
    expect(fs.statSync(rec.file).size).toBeGreaterThan(25 * 1024 * 1024);

    const shell = new ShellPage(page);
    const toastsSeen = await shell.recordToasts();
    await shell.open(simApp.url);
    const tx = new TranscriptionPage(page);
    await tx.open();
    await tx.addFiles([rec.file]);
    // The pre-flight estimate: the length the browser read × whisper-1's price per minute.
    await expect(tx.intake.getByRole('row', { name: /all-hands\.wav/ })).toContainText('15:00');
    await expect(tx.estimate()).toContainText(formatMoney(estimateTranscription('whisper-1', 900) as number));
    await tx.start();

    await tx.waitDone('all-hands.wav', 240_000);
    // app.notify, shown in the page in browser mode as a toast that lives a few seconds: recorded as it shows.
    await expect.poll(toastsSeen).toContain('Transcript ready');
    // A finished job's card shows no chunk cells: ask core how many chunks the recording had.
    const client = await connectApi(simApp.url);
    expect((await client.value('transcription.list', {})).find((r) => r.name === 'all-hands.wav')!.chunks.total).toBeGreaterThan(1);
    client.close();
    await tx.openJob('all-hands.wav');
    await expect(tx.segmentTexts()).toHaveText(rec.words.map((w) => w.word));
    const starts = await tx.segmentStarts();
    expect(starts).toHaveLength(rec.words.length);
    starts.forEach((ms, i) => expect(Math.abs(ms - rec.words[i]!.at * 1000), `segment ${i} (${rec.words[i]!.word})`).toBeLessThanOrEqual(1000));
  });

  test('a file that is not audio is refused at intake with its reason; the rest is queued and finishes', async ({ simApp, page }) => {
    await prepare(simApp.url, 'gpt-4o-transcribe');
    const good = toneRecording('standup.wav', 20, 4);
    const bad = garbageFile('broken.m4a');

    await new ShellPage(page).open(simApp.url);
    const tx = new TranscriptionPage(page);
    await tx.open();
    await tx.addFiles([bad, good.file]);
    // Refused at once, before anything is uploaded: no "unknown" length, no queued job that fails later.
    await expect(tx.intake).toContainText('“broken.m4a” is not audio');
    await expect(tx.intake.getByRole('row', { name: /broken\.m4a/ })).toHaveCount(0);
    await tx.start();

    await tx.waitDone('standup.wav', 30_000);
    await expect(tx.job('broken.m4a')).toHaveCount(0);
    await tx.openJob('standup.wav');
    await expect(tx.segmentTexts()).toHaveText([good.words.map((w) => w.word).join(' ')]);
  });

  test('diarized speakers renamed once are used in the SRT and DOCX exports', async ({ simApp, page }) => {
    await prepare(simApp.url, 'whisper-1');
    const rec = toneRecording('interview.wav', 30, 5);

    await new ShellPage(page).open(simApp.url);
    const tx = new TranscriptionPage(page);
    await tx.open();
    await tx.addFiles([rec.file]);
    await tx.chooseModel('gpt-4o-transcribe-diarize — tells speakers apart');
    await expect(tx.intake.getByRole('group', { name: 'Known speakers' })).toBeVisible();
    await tx.start();
    await tx.waitDone('interview.wav', 30_000);
    await tx.openJob('interview.wav');

    // The simulator alternates speakers at pauses: A, B, A, …
    await expect(tx.speakers.getByRole('button')).toHaveCount(2);
    await tx.renameSpeaker('Speaker A', 'Ana Lima');
    await expect(tx.transcript.getByRole('button', { name: /^Ana Lima/ }).first()).toBeVisible();
    await expect(tx.transcript).not.toContainText('Speaker A');
    await expect(tx.transcript).toContainText('Speaker B');

    const srt = await tx.exportAs('Subtitles (SRT)');
    expect(srt.download.suggestedFilename()).toMatch(/\.srt$/);
    const text = srt.bytes.toString('utf8');
    const named = text.split('\n').filter((l) => l.startsWith('Ana Lima: '));
    expect(named.length).toBe(Math.ceil(rec.words.length / 2));
    expect(text).toContain('Speaker B: ');
    expect(text).not.toContain('Speaker A');

    const docx = await tx.exportAs('Word (DOCX)');
    expect(docx.download.suggestedFilename()).toMatch(/\.docx$/);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(docxDocument(docx.bytes)).toContain('Ana Lima:');
  });

  test('known speakers with reference clips: the diarizing model names them', async ({ simApp, page }) => {
    await prepare(simApp.url, 'gpt-4o-transcribe-diarize');
    const rec = toneRecording('panel.wav', 24, 5);
    const clips = { Ana: toneRecording('ana.wav', 4, 2).file, Ben: toneRecording('ben.wav', 5, 2).file };

    await new ShellPage(page).open(simApp.url);
    const tx = new TranscriptionPage(page);
    await tx.open();
    await tx.addFiles([rec.file]);
    const start = tx.intake.getByRole('button', { name: 'Start transcription' });
    for (const [i, [name, clip]] of Object.entries(clips).entries()) {
      await tx.intake.getByRole('button', { name: 'Add a known speaker' }).click();
      await tx.intake.getByLabel('Name', { exact: true }).nth(i).fill(name);
      await expect(start).toBeDisabled(); // a known speaker needs a clip of their voice
      await tx.intake.getByLabel(`Reference clip for ${name}`).setInputFiles(clip);
      await expect(tx.intake.getByText(`${path.basename(clip)} · ${i === 0 ? '4.0' : '5.0'} s`)).toBeVisible();
    }
    await expect(start).toBeEnabled();
    await tx.start();
    await tx.waitDone('panel.wav', 30_000);
    await tx.openJob('panel.wav');
    await expect(tx.speakers.getByRole('button')).toHaveText([/^Ana/, /^Ben/]);
  });
});
