import { decodeBinaryFrame, type WsRequest } from '../../shared/contract';

export type ParsedFrame = { ok: true; request: WsRequest } | { ok: false; id: number | null; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one call from a WebSocket frame (`{id, name, input}`) or an HTTP call body (`{name, input}`,
 * needId false). Never throws: a frame it cannot read says why, with the id when there was one.
 */
export function parseCallFrame(raw: string, needId = true): ParsedFrame {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, id: null, message: 'That call was not valid JSON.' };
  }
  if (!isRecord(value)) return { ok: false, id: null, message: 'A call must be a JSON object {id, name, input}.' };
  const id = typeof value.id === 'number' && Number.isFinite(value.id) ? value.id : null;
  if (needId && id === null) return { ok: false, id: null, message: 'A call needs a numeric id.' };
  if (typeof value.name !== 'string' || value.name === '') return { ok: false, id, message: 'A call needs the name of a contract call.' };
  return { ok: true, request: { id: id ?? 0, name: value.name, input: value.input } };
}

/** Reads one binary call frame ([u32 header length][header JSON][bytes], see shared/contract/binary.ts). */
export function parseBinaryFrame(frame: Uint8Array): ParsedFrame {
  const request = decodeBinaryFrame(frame);
  if (!request) return { ok: false, id: null, message: 'That binary call frame could not be read.' };
  if (request.name === '') return { ok: false, id: request.id, message: 'A call needs the name of a contract call.' };
  return { ok: true, request };
}
