/** Reading request bodies: bounded buffering, JSON objects and multipart forms. */
import type { IncomingMessage } from 'node:http';
import { ApiError, badRequest, invalidJson } from './errors';

export interface ReadBody {
  body: Buffer;
  /** Total bytes the client sent (the body is truncated to maxBytes when larger). */
  bytes: number;
  tooLarge: boolean;
}

/**
 * Buffers up to maxBytes and drains (without keeping) the rest, so an oversized upload still gets a
 * proper 413 response instead of a reset connection.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let kept = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (kept + chunk.length <= maxBytes) {
        chunks.push(chunk);
        kept += chunk.length;
      }
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks, kept), bytes, tooLarge: bytes > maxBytes }));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('request aborted')));
  });
}

export type JsonObject = Record<string, unknown>;

export function parseJsonObject(body: Buffer, contentType: string | undefined): JsonObject {
  if (contentType && !/json/i.test(contentType) && body.length > 0) {
    throw badRequest(
      `Invalid Content-Type header (${contentType}), expected application/json. (HINT: If you're using curl, you can pass -H 'Content-Type: application/json')`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw invalidJson();
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidJson();
  return value as JsonObject;
}

/** Uses the WHATWG Request parser that ships with Node (undici). */
export async function parseMultipart(body: Buffer, contentType: string | undefined): Promise<FormData> {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) {
    throw badRequest(
      `Invalid Content-Type header (${contentType ?? 'none'}), expected multipart/form-data. (HINT: If you're using curl, you can pass -F 'key=value' or -F 'file=@path')`,
    );
  }
  try {
    return await new Request('http://simulator.local/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length),
    }).formData();
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw badRequest('Could not parse multipart form.');
  }
}

/** A string form field (undefined when absent; files are rejected as the wrong type). */
export function formString(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`Invalid type for '${name}': expected a string, but got a file instead.`, name, 'invalid_type');
  return value;
}

/** Values of `name[]` (how openai-node sends arrays), also accepting repeated `name`. */
export function formStrings(form: FormData, name: string): string[] {
  return [...form.getAll(`${name}[]`), ...form.getAll(name)].filter((v): v is string => typeof v === 'string');
}

export function formFiles(form: FormData, ...names: string[]): File[] {
  return names.flatMap((n) => form.getAll(n)).filter((v): v is File => typeof v !== 'string');
}

export function formNumber(form: FormData, name: string): number | undefined {
  const raw = formString(form, name);
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw badRequest(`Invalid type for '${name}': expected a number, but got a string instead.`, name, 'invalid_type');
  return n;
}
