/**
 * Binary WebSocket frames for calls that carry bytes (live audio): ["ATB1"][u32 LE header length]
 * [header JSON][bytes]. The magic tells them from JSON text sent in a binary frame. The header is the usual {id, name, input} without the bytes; the receiver puts them back as
 * input.bytes. Plain TypedArrays, so it runs in the page and in Node alike.
 */
export interface BinaryRequest {
  id: number;
  name: string;
  input: Record<string, unknown>;
}

/** Calls whose input carries `bytes` travel as binary frames in browser mode. */
export const hasBytes = (input: unknown): input is { bytes: Uint8Array } =>
  typeof input === 'object' && input !== null && (input as { bytes?: unknown }).bytes instanceof Uint8Array;

const MAGIC = [0x41, 0x54, 0x42, 0x31]; // "ATB1"

/** Whether a binary WebSocket message is one of these frames (else it is JSON text). */
export const isBinaryCallFrame = (frame: Uint8Array) => frame.byteLength >= 8 && MAGIC.every((b, i) => frame[i] === b);

export function encodeBinaryFrame(id: number, name: string, input: { bytes: Uint8Array }): Uint8Array {
  const { bytes, ...rest } = input;
  const header = new TextEncoder().encode(JSON.stringify({ id, name, input: rest }));
  const frame = new Uint8Array(8 + header.length + bytes.byteLength);
  frame.set(MAGIC, 0);
  new DataView(frame.buffer).setUint32(4, header.length, true);
  frame.set(header, 8);
  frame.set(bytes, 8 + header.length);
  return frame;
}

export function decodeBinaryFrame(frame: Uint8Array): BinaryRequest | null {
  if (!isBinaryCallFrame(frame)) return null;
  const length = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(4, true);
  if (8 + length > frame.byteLength) return null;
  try {
    const header = JSON.parse(new TextDecoder().decode(frame.subarray(8, 8 + length))) as Partial<BinaryRequest>;
    if (typeof header.id !== 'number' || typeof header.name !== 'string' || typeof header.input !== 'object' || header.input === null) return null;
    return { id: header.id, name: header.name, input: { ...header.input, bytes: frame.subarray(8 + length) } };
  } catch {
    return null;
  }
}
