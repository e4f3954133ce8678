import { describe, expect, it } from 'vitest';
import { decodeBinaryFrame, encodeBinaryFrame, hasBytes } from './binary';

describe('binary call frames', () => {
  it('round-trips a call with bytes and refuses frames it cannot read', () => {
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const frame = encodeBinaryFrame(7, 'live.audio', { sessionId: 's', seq: 3, bytes } as { bytes: Uint8Array });
    expect(frame.byteLength).toBeLessThan(90);
    const back = decodeBinaryFrame(frame)!;
    expect(back).toMatchObject({ id: 7, name: 'live.audio', input: { sessionId: 's', seq: 3 } });
    expect([...(back.input.bytes as Uint8Array)]).toEqual([1, 2, 3, 250]);
    expect(hasBytes(back.input)).toBe(true);
    expect(decodeBinaryFrame(new Uint8Array([255, 255, 0, 0, 1]))).toBeNull();
    expect(decodeBinaryFrame(new TextEncoder().encode("{\"id\":1}"))).toBeNull();
  });
});
