import { describe, expect, it } from 'vitest';
import { readImage } from './images';

describe('reference images', () => {
  it('refuses empty and non-image bytes with a typed error (found by contract fuzzing: empty used to be internal)', async () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('not an image')]) {
      await expect(readImage(bytes)).rejects.toMatchObject({ code: 'unsupported_format' });
    }
  });
});
