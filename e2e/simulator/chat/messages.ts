/** Validates chat messages like the real endpoint and gathers what the reply and usage need. */
import sharp from 'sharp';
import { badRequest, invalidType, invalidValue, missingParam } from '../http/errors';
import { estimateTextTokens, imageTokens, type ImageDetail } from './tokens';

export interface ImageInfo {
  width?: number;
  height?: number;
  detail: ImageDetail;
  /** A number that is the same for the same image bytes (structured answers about it are seeded with it). */
  seed?: number;
}

/** FNV-1a over a sample of the base64 text and its length: cheap, and the same image always gives the same seed. */
function seedOf(base64: string): number {
  let h = 0x811c9dc5 ^ base64.length;
  const step = Math.max(1, Math.floor(base64.length / 4096));
  for (let i = 0; i < base64.length; i += step) h = Math.imul(h ^ base64.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface AnalyzedMessages {
  lastUserText: string;
  /** Every text part, for checks such as json_object's "must mention json". */
  allText: string;
  images: ImageInfo[];
  promptTokens: number;
}

const ROLES = ['system', 'assistant', 'user', 'function', 'tool', 'developer'];
const PART_TYPES = ['text', 'image_url', 'input_audio', 'refusal', 'audio', 'file'];
const MAX_IMAGES = 500;
const DATA_URL = /^data:image\/(png|jpeg|jpg|gif|webp);base64,/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function readImage(url: string, param: string, detail: ImageDetail): Promise<ImageInfo> {
  if (/^https?:\/\//i.test(url)) return { detail };
  const match = DATA_URL.exec(url);
  if (!match) {
    throw badRequest(
      `Invalid '${param}'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got an invalid value.`,
      param,
      'invalid_value',
    );
  }
  try {
    const base64 = url.slice(match[0].length);
    const meta = await sharp(Buffer.from(base64, 'base64')).metadata();
    if (!meta.width || !meta.height || !['png', 'jpeg', 'gif', 'webp'].includes(meta.format ?? '')) throw new Error('format');
    return { width: meta.width, height: meta.height, detail, seed: seedOf(base64) };
  } catch {
    throw badRequest(
      "You uploaded an unsupported image. Please make sure your image has of one the following formats: ['png', 'jpeg', 'gif', 'webp'].",
      null,
      'invalid_image_format',
    );
  }
}

export async function analyzeMessages(messages: unknown, model: string): Promise<AnalyzedMessages> {
  if (messages === undefined) throw missingParam('messages');
  if (!Array.isArray(messages)) throw invalidType('messages', 'an array', messages);
  if (messages.length === 0) {
    throw badRequest(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      'messages',
      'empty_array',
    );
  }
  let lastUserText = '';
  const texts: string[] = [];
  const images: ImageInfo[] = [];
  let promptTokens = 3;
  for (const [i, message] of messages.entries()) {
    const at = `messages[${i}]`;
    if (!isObject(message)) throw invalidType(at, 'an object', message);
    if (message.role === undefined) throw missingParam(`${at}.role`);
    if (!ROLES.includes(String(message.role))) throw invalidValue(`${at}.role`, message.role, ROLES);
    const content = message.content;
    const parts: string[] = [];
    if (typeof content === 'string') {
      parts.push(content);
    } else if (Array.isArray(content)) {
      for (const [j, part] of content.entries()) {
        const pat = `${at}.content[${j}]`;
        if (!isObject(part)) throw invalidType(pat, 'an object', part);
        if (!PART_TYPES.includes(String(part.type))) throw invalidValue(`${pat}.type`, part.type, PART_TYPES);
        if (part.type === 'text') {
          if (typeof part.text !== 'string') throw missingParam(`${pat}.text`);
          parts.push(part.text);
        } else if (part.type === 'image_url') {
          const img = part.image_url;
          if (!isObject(img) || typeof img.url !== 'string') throw missingParam(`${pat}.image_url.url`);
          const detail = img.detail ?? 'auto';
          if (!['auto', 'low', 'high'].includes(String(detail))) throw invalidValue(`${pat}.image_url.detail`, detail, ['auto', 'low', 'high']);
          if (images.length >= MAX_IMAGES) throw badRequest(`Too many images in request. Max is ${MAX_IMAGES}.`, 'messages');
          const info = await readImage(img.url, `${pat}.image_url.url`, detail as ImageDetail);
          images.push(info);
          promptTokens += imageTokens(model, info.width, info.height, info.detail);
        }
      }
    } else if (content === undefined || content === null) {
      if (message.role !== 'assistant') throw missingParam(`${at}.content`);
    } else {
      throw invalidType(`${at}.content`, 'one of a string or array of objects', content);
    }
    const text = parts.join(' ');
    texts.push(text);
    promptTokens += 3 + estimateTextTokens(text, model);
    if (message.role === 'user') lastUserText = text;
  }
  return { lastUserText, allText: texts.join('\n'), images, promptTokens };
}
