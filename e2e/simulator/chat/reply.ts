/**
 * Deterministic assistant replies, so tests can assert on content:
 *   "Simulated reply to: <first 60 chars of the last user message>[…]"
 *   [" I see N image(s) (W×H, …)."] + three filler sentences picked by a hash of the message.
 * A user message containing `SIM_REPLY_TOKENS=N` gets a reply of exactly N tokens instead.
 */
import { createHash } from 'node:crypto';
import type { ImageInfo } from './messages';
import { splitTokens } from './tokens';

const FILLER = [
  'This answer comes from the Atelier simulator, not from a real model.',
  'The content is deterministic so that tests can check it.',
  'Every sentence here was chosen by hashing your message.',
  'Streaming delivers the same text one token at a time.',
  'Usage figures are estimates in the style of the real service.',
  'Nothing you send leaves this machine.',
  'Ask again with the same words and you will get the same reply.',
  'Rate limits, latency and faults can be adjusted at runtime.',
  'Images are described by count and size only.',
  'Longer prompts do not make longer answers unless you ask for them.',
  'The reply stops early when max tokens runs out.',
  'A real model would say something more useful here.',
];

export function hashOf(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export function describeImages(images: ImageInfo[]): string {
  if (images.length === 0) return '';
  const sizes = images.map((i) => (i.width && i.height ? `${i.width}×${i.height}` : 'remote URL'));
  return `I see ${images.length} image${images.length === 1 ? '' : 's'} (${sizes.join(', ')}).`;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(no text)';
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

function fillerSentences(seed: Buffer, count: number): string[] {
  return Array.from({ length: count }, (_, i) => FILLER[(seed[i] ?? 0) % FILLER.length]!);
}

export function replyText(lastUserText: string, images: ImageInfo[]): string {
  const seed = hashOf(lastUserText);
  const requested = /SIM_REPLY_TOKENS=(\d+)/.exec(lastUserText);
  if (requested) {
    const n = Math.min(Number(requested[1]), 100_000);
    const pool = FILLER.join(' ');
    const head = `Simulated reply to: ${snippet(lastUserText)}`;
    // Each repeat of the pool adds at least its own token count (minus one at the seam), so this is enough.
    const repeats = Math.ceil(n / Math.max(1, splitTokens(` ${pool}`).length - 1)) + 1;
    return splitTokens(head + ` ${pool}`.repeat(repeats)).slice(0, n).join('');
  }
  const parts = [`Simulated reply to: ${snippet(lastUserText)}`, describeImages(images), ...fillerSentences(seed, 3)];
  return parts.filter(Boolean).join(' ');
}
