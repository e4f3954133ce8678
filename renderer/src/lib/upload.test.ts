import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as { name: string; input: { offset?: number; bytes?: Uint8Array } }[]);
vi.mock('../api', () => ({
  call: async (name: string, input: { offset?: number; bytes?: Uint8Array }) => {
    calls.push({ name, input });
    return name === 'uploads.begin' ? { ok: true, value: { uploadId: 'u1' } } : { ok: true, value: { received: (input.offset ?? 0) + (input.bytes?.byteLength ?? 0) } };
  },
}));

const { UPLOAD_PART_BYTES, uploadFile } = await import('./upload');

describe('uploadFile', () => {
  it('sends the file in order as raw parts, reports the upload first and progress after each part', async () => {
    calls.length = 0;
    const data = Uint8Array.from({ length: UPLOAD_PART_BYTES * 2 + 5 }, (_, i) => i & 0xff);
    const started = vi.fn();
    const progress: number[] = [];
    expect(await uploadFile(new File([data], 'a.wav'), { started, progress: (n) => progress.push(n) })).toBe('u1');
    expect(started).toHaveBeenCalledWith('u1');
    const parts = calls.filter((c) => c.name === 'uploads.append');
    expect(parts.map((c) => c.input.offset)).toEqual([0, UPLOAD_PART_BYTES, UPLOAD_PART_BYTES * 2]);
    expect(Buffer.concat(parts.map((c) => c.input.bytes!)).equals(data)).toBe(true);
    expect(progress).toEqual([UPLOAD_PART_BYTES, UPLOAD_PART_BYTES * 2, data.length]);
  });

  it('stops before the next part with the error the caller gives', async () => {
    calls.length = 0;
    const stop = { code: 'cancelled', message: 'Upload stopped.' };
    let parts = 0;
    const file = new File([new Uint8Array(UPLOAD_PART_BYTES * 3)], 'b.wav');
    await expect(uploadFile(file, { started: () => {}, progress: () => parts++, stopped: () => (parts === 1 ? (stop as never) : null) })).rejects.toBe(stop);
    expect(calls.filter((c) => c.name === 'uploads.append')).toHaveLength(1);
  });
});
