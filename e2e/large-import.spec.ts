import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WS_MAX_FRAME_BYTES } from '../shared/contract';
import { connectApi } from './api-client';
import { expect, test } from './fixtures';
import { ChatPage } from './pages/chat';

/**
 * What the contract allows works end to end in browser mode: a conversation export larger than one
 * WebSocket frame is imported through the page (the renderer sends it over the HTTP call route on its
 * own), the host stays up, and every character arrives.
 */
test('imports a conversation larger than a WebSocket frame through the browser host', async ({ simApp: app, page }) => {
  test.setTimeout(240_000); // ~10 MB through a page, a core and back on a shared, loaded machine
  const big = '会议纪要：预算、风险与进度。'.repeat(Math.ceil((WS_MAX_FRAME_BYTES * 1.1) / 42)); // CJK: 3 bytes each in UTF-8
  const messages = [
    { id: 'q', parentId: null, role: 'user', content: 'Short question', attachments: [], status: 'complete', createdAt: '2026-05-01T10:00:00Z' },
    { id: 'a', parentId: 'q', role: 'assistant', content: 'Short answer', attachments: [], status: 'complete', createdAt: '2026-05-01T10:00:01Z' },
    // A sibling branch carries the bulk, so the page only renders the short active path.
    { id: 'b', parentId: 'q', role: 'assistant', content: big, attachments: [], status: 'complete', createdAt: '2026-05-01T10:00:02Z' },
  ];
  const body = JSON.stringify({ format: 'atelier.conversation', version: 1, conversation: { title: 'Large minutes', activeLeafId: 'a' }, messages });
  expect(Buffer.byteLength(body)).toBeGreaterThan(WS_MAX_FRAME_BYTES);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-big-')), 'Large minutes.json');
  fs.writeFileSync(file, body);

  const chat = new ChatPage(page);
  await chat.open(app.url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chat.sidebar.getByRole('button', { name: 'Import a conversation' }).click()]);
  await chooser.setFiles(file);
  // The import opens the conversation it made.
  await expect(chat.header.getByRole('heading', { level: 2 })).toHaveText('Large minutes', { timeout: 60_000 });
  await expect(chat.messages).toHaveCount(2);

  // Every character of the bulky branch arrived, and the host still answers.
  const api = await connectApi(app.url);
  const [summary] = await api.value('chat.list', {});
  const exported = JSON.parse((await api.value('chat.export', { id: summary!.id, format: 'json' })).content) as { messages: { content: string }[] };
  expect(exported.messages.map((m) => m.content)).toContain(big);
  expect((await api.value('app.info', {})).mode).toBe('browser');
  api.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});
