/**
 * Binary WebSocket frames for calls that carry bytes (live audio): [u32 LE header length][header JSON]
 * [bytes]. The header is the usual {id, name, input} without the bytes; the receiver puts them back as
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

export function encodeBinaryFrame(id: number, name: string, input: { bytes: Uint8Array }): Uint8Array {
  const { bytes, ...rest } = input;
  const header = new TextEncoder().encode(JSON.stringify({ id, name, input: rest }));
  const frame = new Uint8Array(4 + header.length + bytes.byteLength);
  new DataView(frame.buffer).setUint32(0, header.length, true);
  frame.set(header, 4);
  frame.set(bytes, 4 + header.length);
  return frame;
}

export function decodeBinaryFrame(frame: Uint8Array): BinaryRequest | null {
  if (frame.byteLength < 4) return null;
  const length = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0, true);
  if (4 + length > frame.byteLength) return null;
  try {
    const header = JSON.parse(new TextDecoder().decode(frame.subarray(4, 4 + length))) as Partial<BinaryRequest>;
    if (typeof header.id !== 'number' || typeof header.name !== 'string' || typeof header.input !== 'object' || header.input === null) return null;
    return { id: header.id, name: header.name, input: { ...header.input, bytes: frame.subarray(4 + length) } };
  } catch {
    return null;
  }
}
