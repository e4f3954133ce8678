import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectApi, type ApiClient } from './api-client';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { toneRecording, TranscriptionPage } from './pages/transcription';

async function prepare(url: string): Promise<ApiClient> {
  const client = await connectApi(url);
  await client.value('settings.update', { onboardingDone: true, defaults: { 'audio-offline': { providerId: 'env', model: 'whisper-1' } } });
  await client.value('providers.refreshModels', { id: 'env' });
  return client;
}

test.describe('transcription: viewer and controls', () => {
  test('search across transcripts opens the recording at the hit; find, correct in place, minutes', async ({ simApp, page }) => {
    const client = await prepare(simApp.url);
    const standup = toneRecording('standup.wav', 40, 3); // alpha at 0:03, bravo at 0:06, …
    const review = toneRecording('review.wav', 20, 4);
    await client.value('transcription.add', { paths: [standup.file, review.file] });
    client.close();

    await new ShellPage(page).open(simApp.url);
    const tx = new TranscriptionPage(page);
    await tx.open();
    await tx.waitDone('standup.wav', 30_000);
    await tx.waitDone('review.wav', 30_000);

    // Across every transcript: a hit shows where it is, with the match marked, and opens there.
    await tx.search.fill('kilo');
    await expect(tx.searchHits()).toHaveCount(1);
    await expect(tx.searchHits().first()).toContainText('standup.wav');
    await expect(tx.searchHits().first().locator('mark')).toHaveText('kilo');
    await tx.search.press('Enter');
    await expect(tx.detail).toHaveAccessibleName('Recording standup.wav');
    await expect(tx.transcript.locator('li[aria-current="true"]')).toHaveText(/0:33\s*kilo/);

    // Within the open transcript: every match counted, Enter and Shift+Enter step through them.
    await tx.findInput().fill('o');
    const matches = standup.words.reduce((n, w) => n + (w.word.match(/o/g)?.length ?? 0), 0);
    await expect(tx.findCount()).toHaveText(`1 of ${matches}`);
    await expect(tx.transcript.locator('mark')).toHaveCount(matches);
    await tx.findInput().press('Enter');
    await expect(tx.findCount()).toHaveText(`2 of ${matches}`);
    await tx.findInput().press('Shift+Enter');
    await tx.findInput().press('Shift+Enter');
    await expect(tx.findCount()).toHaveText(`${matches} of ${matches}`);
    await tx.findInput().fill('');

    // Correcting a segment: Enter saves (and it survives a reload), Esc puts the text back.
    await tx.editSegment('0:06', 'Bravo, as agreed');
    await expect(tx.segment('0:06').locator('.tx-seg__text')).toHaveText('Bravo, as agreed');
    await tx.editSegment('0:09', 'never saved', 'Escape');
    await expect(tx.segment('0:09').locator('.tx-seg__text')).toHaveText('charlie');
    await page.reload();
    await new ShellPage(page).waitReady();
    await expect(tx.segment('0:06').locator('.tx-seg__text')).toHaveText('Bravo, as agreed');

    // Minutes: one button; the Markdown answer is shown, and can be written again.
    await page.getByRole('tab', { name: 'Minutes' }).click();
    await tx.detail.getByRole('button', { name: 'Write minutes' }).click();
    const minutes = tx.detail.getByRole('article', { name: 'Minutes' });
    await expect(minutes).toContainText('Simulated reply to:', { timeout: 30_000 });
    await expect(tx.detail.getByRole('button', { name: 'Regenerate' })).toBeVisible();
  });

  test('intake refuses what it cannot take, takes a drop on the whole screen, and watches folders', async ({ simApp, page }) => {
    const client = await prepare(simApp.url);
    client.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-intake-'));
    const notes = path.join(dir, 'notes.pdf');
    fs.writeFileSync(notes, '%PDF-1.4 not audio');

    await new ShellPage(page).open(simApp.url);
    const tx = new TranscriptionPage(page);
    await tx.open();
    await expect(tx.main.getByRole('heading', { name: 'Drop meeting recordings here' })).toBeVisible();

    await tx.fileInput.setInputFiles([notes]);
    const refused = page.getByRole('dialog', { name: 'Nothing to transcribe' });
    await expect(refused).toContainText('“notes.pdf” is not a recording format Atelier takes. Use m4a, mp3, wav, webm, ogg, flac, aac, mp4, mov, or mkv.');
    await expect(refused.getByRole('button', { name: 'Start transcription' })).toBeDisabled();
    await refused.getByRole('button', { name: 'Cancel' }).click();

    // Dropped anywhere on the screen, a recording goes to the same confirm panel.
    const wav = fs.readFileSync(toneRecording('dropped.wav', 6, 2).file).toString('base64');
    const transfer = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'dropped.wav', { type: 'audio/wav' }));
      return dt;
    }, wav);
    const screen = page.getByTestId('transcription-screen');
    await screen.dispatchEvent('dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop recordings to transcribe')).toBeVisible();
    await screen.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(tx.intake).toHaveAccessibleName('Transcribe dropped.wav?');
    await expect(tx.intake.getByRole('row', { name: /dropped\.wav/ })).toContainText('0:06');
    await tx.intake.getByRole('button', { name: 'Cancel' }).click();

    // A watched folder queues what appears in it, with the model shown for the folder.
    const watched = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-watch-'));
    await tx.main.getByRole('button', { name: 'Watch folders' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Watch folders' });
    await dialog.getByLabel('Folder path').fill(watched);
    await dialog.getByRole('button', { name: 'Watch folder' }).click();
    const row = dialog.getByRole('list', { name: 'Watched folders' }).getByRole('listitem');
    await expect(row).toContainText(watched);
    await expect(row).toContainText('whisper-1');
    fs.copyFileSync(toneRecording('from-the-folder.wav', 8, 2).file, path.join(watched, 'from-the-folder.wav'));
    // The dialog is modal (the screen behind it is inert): close it to see the queue, then come back.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await tx.waitDone('from-the-folder.wav', 30_000);
    await tx.main.getByRole('button', { name: 'Watch folders' }).first().click();
    await dialog.getByRole('button', { name: `Stop watching ${watched}` }).click();
    await expect(dialog.getByText('No folders are watched yet.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  test('job and queue controls: pause, resume, cancel, retry, remove; the whole queue pauses', async ({ simApp, sim, page }) => {
    const client = await prepare(simApp.url);
    const rec = toneRecording('weekly.wav', 12, 3);
    sim.control.injectFault({ kind: 'hang', count: -1, route: 'audio.transcriptions' });
    await client.value('transcription.add', { paths: [rec.file] });

    await new ShellPage(page).open(simApp.url);
    const tx = new TranscriptionPage(page);
    await tx.open();
    await expect(tx.jobStatus('weekly.wav')).toHaveText('Transcribing 0 of 1 chunks', { timeout: 30_000 });
    await tx.jobAction('weekly.wav', 'Pause');
    await expect(tx.jobStatus('weekly.wav')).toHaveText('Paused');
    await tx.jobAction('weekly.wav', 'Resume');
    await expect(tx.jobStatus('weekly.wav')).toHaveText('Transcribing 0 of 1 chunks');
    await tx.jobMenu('weekly.wav', 'Cancel');
    await expect(tx.jobStatus('weekly.wav')).toHaveText('Cancelled');

    sim.control.clearFaults();
    await tx.jobAction('weekly.wav', 'Retry');
    await tx.waitDone('weekly.wav', 30_000);

    // The whole queue: nothing new starts while it is paused.
    await tx.queueButton().click();
    await expect(tx.queueButton()).toHaveText('Resume queue');
    await client.value('transcription.add', { paths: [toneRecording('later.wav', 8, 2).file] });
    client.close();
    await expect(tx.jobStatus('later.wav')).toHaveText('Queue paused');
    await tx.queueButton().click();
    await tx.waitDone('later.wav', 30_000);

    await tx.jobMenu('weekly.wav', 'Remove…');
    await page.getByRole('dialog', { name: 'Remove weekly.wav?' }).getByRole('button', { name: 'Remove' }).click();
    await expect(tx.job('weekly.wav')).toHaveCount(0);
    await expect(tx.job('later.wav')).toBeVisible();
  });
});
