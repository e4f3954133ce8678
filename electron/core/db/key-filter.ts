import crypto from 'node:crypto';

const BITS_PER_KEY = 16;
const MIN_KEYS = 4096;
const HEX_DIGEST = /^[0-9a-f]{32,}$/;

/**
 * A Bloom filter over a table's keys: "certainly absent" or "maybe present" (16 bits per key, 4 probes:
 * about 0.1% false maybes while it is not full). Keys that are hex digests (the response cache's SHA-256
 * keys) are their own hash; others are hashed first. Removals are not tracked, so every key ever added
 * counts towards `full`: the owner rebuilds it from the table then, which also forgets removed keys.
 */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private added = 0;

  private constructor(private readonly capacity: number) {
    this.bits = new Uint32Array(Math.ceil((capacity * BITS_PER_KEY) / 32));
  }

  /** A filter holding `keys`, with room for as many again. */
  static of(keys: readonly string[]): KeyFilter {
    const filter = new KeyFilter(Math.max(MIN_KEYS, keys.length * 2));
    for (const key of keys) filter.add(key);
    return filter;
  }

  /** More keys were added than it was sized for: false maybes grow, time to rebuild. */
  get full(): boolean {
    return this.added > this.capacity;
  }

  add(key: string): void {
    this.added++;
    const digest = hexDigest(key);
    for (let i = 0; i < 4; i++) {
      const p = this.probe(digest, i);
      this.bits[p >>> 5]! |= 1 << (p & 31);
    }
  }

  mayHave(key: string): boolean {
    const digest = hexDigest(key);
    for (let i = 0; i < 4; i++) {
      const p = this.probe(digest, i);
      if ((this.bits[p >>> 5]! & (1 << (p & 31))) === 0) return false;
    }
    return true;
  }

  private probe(digest: string, i: number): number {
    return parseInt(digest.slice(i * 8, i * 8 + 8), 16) % (this.bits.length * 32);
  }
}

const hexDigest = (key: string) => (HEX_DIGEST.test(key) ? key : crypto.createHash('sha256').update(key).digest('hex'));
