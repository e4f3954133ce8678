/**
 * Bad inputs through every intake: files (empty, truncated, renamed, huge, unicode and very long
 * names) and RPC payloads (wrong types, deep nesting, invalid UTF-8, huge strings). Each must come back
 * as a typed error (not `internal`), the host must stay up, and nothing saved may change.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeToneWav } from '../simulator';
import type { ApiClient } from '../api-client';
import type { AppProcess } from '../app-process';

export interface BadInputFigures {
  bad_inputs: number;
  bad_input_crashes: number;
  /** Inputs that were accepted or answered `internal` instead of a typed error. */
  bad_input_untyped: number;
  bad_input_saved_changed: number;
  samples: string[];
}

function files(dir: string): Record<string, string> {
  const wav = encodeToneWav(['alpha', 'bravo']);
  const write = (name: string, data: Buffer | string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, data);
    return file;
  };
  return {
    empty: write('empty.wav', ''),
    truncated: write('truncated.wav', wav.subarray(0, 30)),
    renamedText: write('notes.mp3', 'this is not audio at all'),
    renamedPng: write('photo.wav', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
    headerOnly: write('header.wav', wav.subarray(0, 44)),
    zeros: write('zeros.m4a', Buffer.alloc(64 * 1024)),
    unicodeName: write('会议 记录 🎙️.wav', 'x'),
    longName: write(`${'n'.repeat(240)}.wav`, 'x'),
    huge: (() => {
      const file = path.join(dir, 'huge.wav');
      const fd = fs.openSync(file, 'w');
      fs.ftruncateSync(fd, 3 * 1024 ** 3); // sparse 3 GiB
      fs.closeSync(fd);
      return file;
    })(),
    directory: (() => {
      const sub = path.join(dir, 'folder.wav');
      fs.mkdirSync(sub);
      return sub;
    })(),
    missing: path.join(dir, 'missing.wav'),
  };
}

/** [label, call name, input] — every one must be refused with a typed error. */
function payloads(f: Record<string, string>): Array<[string, string, unknown]> {
  const deep = JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`) as unknown;
  const list: Array<[string, string, unknown]> = [];
  for (const [label, file] of Object.entries(f)) list.push([`file ${label}`, 'transcription.add', { paths: [file] }]);
  list.push(
    ['chat.send wrong types', 'chat.send', { conversationId: 5, text: ['x'] }],
    ['chat.send unknown conversation', 'chat.send', { conversationId: 'nope', text: 'hi' }],
    ['chat.send empty', 'chat.send', {}],
    ['chat.open null', 'chat.open', null],
    ['chat.open deep', 'chat.open', { id: deep }],
    ['chat.update huge title', 'chat.update', { id: 'x', title: 'y'.repeat(5_000_000) }],
    ['chat.import not json', 'chat.import', { format: 'json', content: '{"conversations": [' }],
    ['chat.import wrong shape', 'chat.import', { format: 'json', content: '{"a":1}' }],
    ['chat.import lone surrogate', 'chat.import', { format: 'json', content: '{"x":"\uD800"}' }],
    ['chat.delete array', 'chat.delete', { id: ['a', 'b'] }],
    ['uploads.begin empty', 'uploads.begin', { name: 'a.wav', bytes: 0 }],
    ['uploads.begin negative', 'uploads.begin', { name: 'a.wav', bytes: -5 }],
    ['uploads.begin long name', 'uploads.begin', { name: 'n'.repeat(1000), bytes: 10 }],
    ['uploads.append unknown', 'uploads.append', { uploadId: 'nope', offset: 0, bytes: new Uint8Array([0, 0, 0]) }],
    ['uploads.append bytes as text', 'uploads.append', { uploadId: 'nope', offset: 0, bytes: 'AAAA' }],
    ['transcription.get unknown', 'transcription.get', { id: 'nope' }],
    ['transcription.add nothing', 'transcription.add', { uploads: [], paths: [] }],
    ['transcription.editSegment wrong', 'transcription.editSegment', { id: 1, idx: 'a' }],
    ['settings.update wrong theme', 'settings.update', { theme: 'purple' }],
    ['settings.update deep', 'settings.update', { defaults: deep }],
    ['pipeline.updateConfig negative', 'pipeline.updateConfig', { cache: { enabled: 'yes', maxBytes: -1 } }],
    ['providers.create key in url', 'providers.create', { name: 'x', kind: 'openai-compatible', baseUrl: 'https://user:sk-secret@example.invalid/v1', apiKey: 'sk-x' }],
    ['providers.remove unknown', 'providers.remove', { id: 'nope' }],
    ['studio.generate empty', 'studio.generate', {}],
    ['vision.saveRecipe wrong', 'vision.saveRecipe', { name: 5 }],
    ['scenes.save wrong', 'scenes.save', { id: 7 }],
    ['unknown call', 'nope.nothing', {}],
    ['usage.summary bad date', 'usage.summary', { from: 'yesterday' }],
    ['transcription.search deep', 'transcription.search', { query: deep }],
    ['chat.search wrong type', 'chat.search', { query: 42 }],
    ['chat.export unknown', 'chat.export', { id: 'nope', format: 'markdown' }],
  );
  return list;
}

/** Everything a user has saved, as one comparable string. */
async function snapshot(api: ApiClient): Promise<string> {
  const parts = await Promise.all([api.call('chat.list', {}), api.call('transcription.list', {}), api.call('settings.get', {}), api.call('providers.list', {})]);
  return JSON.stringify(parts.map((p) => (p.ok ? p.value : p.error.code)));
}

export async function badInputs(app: AppProcess, api: ApiClient): Promise<BadInputFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bad-inputs-'));
  const figures: BadInputFigures = { bad_inputs: 0, bad_input_crashes: 0, bad_input_untyped: 0, bad_input_saved_changed: 0, samples: [] };
  try {
    const before = await snapshot(api);
    for (const [label, name, input] of payloads(files(dir))) {
      figures.bad_inputs++;
      const r = await (api.call as (n: string, i: unknown) => ReturnType<ApiClient['call']>)(name, input);
      if (app.child.exitCode !== null || app.child.signalCode !== null) {
        figures.bad_input_crashes++;
        figures.samples.push(`${label}: the host died`);
        break;
      }
      if (r.ok || r.error.code === 'internal') {
        figures.bad_input_untyped++;
        figures.samples.push(`${label}: ${r.ok ? 'accepted' : `internal: ${r.error.message}`}`.slice(0, 300));
      }
    }
    // The transcription list may show refused files as failed jobs only if they were accepted; compare the rest.
    if ((await snapshot(api)) !== before) {
      figures.bad_input_saved_changed++;
      figures.samples.push('saved data changed');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
