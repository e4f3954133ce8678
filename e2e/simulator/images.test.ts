import OpenAI, { toFile } from 'openai';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useSimulator } from './test-helpers';

const { client } = useSimulator();

const decode = (b64: string | undefined) => Buffer.from(b64 ?? '', 'base64');

async function solid(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const img = sharp({ create: { width, height, channels: 3, background: '#808080' } });
  return format === 'png' ? img.png().toBuffer() : img.jpeg().toBuffer();
}

/** A PNG mask whose left half is transparent (the area to edit). */
async function halfMask(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 4, 255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width / 2; x++) raw[(y * width + x) * 4 + 3] = 0;
  return sharp(raw, { raw: { width, height, channels: 4 } }).png().toBuffer();
}

describe('images.generate', () => {
  it('returns real PNGs of the requested size with usage per the table', async () => {
    const r = await client().images.generate({ model: 'gpt-image-1', prompt: 'a lighthouse at dusk', size: '1536x1024', quality: 'low', n: 2 });
    expect(r.data).toHaveLength(2);
    const meta = await sharp(decode(r.data?.[0]?.b64_json)).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1536, height: 1024 });
    expect(r.usage?.output_tokens).toBe(2 * 400);
    expect(r.usage?.total_tokens).toBe((r.usage?.input_tokens ?? 0) + 800);
    expect(r.usage?.input_tokens_details?.text_tokens).toBeGreaterThan(0);
    expect(r.size).toBe('1536x1024');
    expect(r.data?.[0]?.b64_json).not.toBe(r.data?.[1]?.b64_json);
  });

  it('really makes the background transparent, and webp/jpeg when asked', async () => {
    const t = await client().images.generate({ model: 'gpt-image-1', prompt: 'a sticker', background: 'transparent', output_format: 'webp', quality: 'low' });
    const png = decode(t.data?.[0]?.b64_json);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1024, height: 1024, hasAlpha: true });
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(data[3]).toBe(0); // top-left corner
    const centre = ((info.height / 2) * info.width + info.width / 2) * 4;
    expect(data[centre + 3]).toBe(255);

    const j = await client().images.generate({ model: 'gpt-image-1', prompt: 'a photo', output_format: 'jpeg', output_compression: 50, size: '1024x1536' });
    expect(await sharp(decode(j.data?.[0]?.b64_json)).metadata()).toMatchObject({ format: 'jpeg', width: 1024, height: 1536 });
    expect(j.usage?.output_tokens).toBe(6240); // quality auto → high
  });

  it('rejects invalid parameter combinations with 400', async () => {
    const cases: Array<Record<string, unknown>> = [
      { background: 'transparent', output_format: 'jpeg' },
      { size: '512x512' },
      { n: 11 },
      { output_format: 'png', output_compression: 50 },
      { quality: 'hd' },
    ];
    for (const extra of cases) {
      const err = await client()
        .images.generate({ model: 'gpt-image-1', prompt: 'x', ...extra } as OpenAI.ImageGenerateParamsNonStreaming)
        .catch((e: unknown) => e);
      expect(err, JSON.stringify(extra)).toBeInstanceOf(OpenAI.BadRequestError);
    }
  });

  it("validates per model: gpt-image-2's free sizes, dall-e's own parameters", async () => {
    const g2 = await client().images.generate({ model: 'gpt-image-2', prompt: 'wide banner', size: '1920x1088' as '1024x1024', quality: 'low' });
    expect(await sharp(decode(g2.data?.[0]?.b64_json)).metadata()).toMatchObject({ width: 1920, height: 1088 });
    expect(g2.usage?.output_tokens).toBe(Math.ceil((272 * 1920 * 1088) / 1048576));
    const refused = async (params: Record<string, unknown>) =>
      (await client().images.generate({ prompt: 'x', ...params } as unknown as OpenAI.ImageGenerateParamsNonStreaming).catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect((await refused({ model: 'gpt-image-2', size: '1000x1000' })).message).toMatch(/multiples of 16/);
    expect((await refused({ model: 'gpt-image-2', size: '3200x800' })).message).toMatch(/1:3 and 3:1/);
    expect((await refused({ model: 'gpt-image-1.5', size: '1920x1088' })).param).toBe('size');
    expect((await refused({ model: 'dall-e-3', n: 2 })).param).toBe('n');
    expect((await refused({ model: 'dall-e-3', background: 'opaque' })).code).toBe('unknown_parameter');
    const d3 = await client().images.generate({ model: 'dall-e-3', prompt: 'a fox', size: '1792x1024', quality: 'hd', style: 'natural', response_format: 'b64_json' });
    expect(d3.usage).toBeUndefined();
    expect(await sharp(decode(d3.data?.[0]?.b64_json)).metadata()).toMatchObject({ width: 1792, height: 1024 });
    const d2 = await client().images.generate({ model: 'dall-e-2', prompt: 'a fox', size: '256x256' });
    expect(d2.data?.[0]?.url).toMatch(/^data:image\/png;base64,/);
  });

  it('streams partial images then the completed image', async () => {
    const stream = await client().images.generate({ model: 'gpt-image-1', prompt: 'stream me', stream: true, partial_images: 2, quality: 'low' });
    const types: string[] = [];
    let final: Buffer | undefined;
    for await (const ev of stream) {
      types.push(ev.type);
      if (ev.type === 'image_generation.completed') {
        final = decode(ev.b64_json);
        expect(ev.usage.output_tokens).toBe(272 + 2 * 100);
      }
    }
    expect(types).toEqual(['image_generation.partial_image', 'image_generation.partial_image', 'image_generation.completed']);
    expect((await sharp(final).metadata()).width).toBe(1024);
  });
});

describe('images.edit', () => {
  it('tints the first image where the mask is transparent', async () => {
    const image = await toFile(await solid(1024, 1024), 'photo.png', { type: 'image/png' });
    const mask = await toFile(await halfMask(1024, 1024), 'mask.png', { type: 'image/png' });
    const r = await client().images.edit({ model: 'gpt-image-1', image, mask, prompt: 'paint it red', quality: 'low' });
    const out = decode(r.data?.[0]?.b64_json);
    expect(await sharp(out).metadata()).toMatchObject({ format: 'png', width: 1024, height: 1024 });
    const { data } = await sharp(out).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => [...data.subarray((y * 1024 + x) * 3, (y * 1024 + x) * 3 + 3)];
    expect(px(800, 500)).toEqual([128, 128, 128]); // opaque mask → untouched
    expect(px(100, 500)).not.toEqual([128, 128, 128]); // transparent mask → edited
    expect(r.usage?.input_tokens_details?.image_tokens).toBeGreaterThan(0);
  });

  it('accepts several images as image[] and picks the size from the first', async () => {
    const images = await Promise.all([solid(1536, 1024), solid(300, 300, 'jpeg')]);
    const files = await Promise.all(images.map((b, i) => toFile(b, `in${i}.${i ? 'jpg' : 'png'}`, { type: i ? 'image/jpeg' : 'image/png' })));
    const r = await client().images.edit({ model: 'gpt-image-1', image: files, prompt: 'combine' });
    expect(await sharp(decode(r.data?.[0]?.b64_json)).metadata()).toMatchObject({ width: 1536, height: 1024 });
  });

  it('refuses edits a model does not offer', async () => {
    const image = await toFile(await solid(64, 64), 'photo.png', { type: 'image/png' });
    const d3 = await client().images.edit({ model: 'dall-e-3', image, prompt: 'x' }).catch((e: unknown) => e);
    expect((d3 as InstanceType<typeof OpenAI.APIError>).message).toMatch(/does not support image edits/);
    const two = await Promise.all([solid(64, 64), solid(64, 64)].map(async (b, i) => toFile(await b, `i${i}.png`, { type: 'image/png' })));
    const d2 = await client().images.edit({ model: 'dall-e-2', image: two, prompt: 'x' }).catch((e: unknown) => e);
    expect((d2 as InstanceType<typeof OpenAI.APIError>).param).toBe('image');
    const mini = await client().images.edit({ model: 'gpt-image-1-mini', image, prompt: 'x', input_fidelity: 'high' }).catch((e: unknown) => e);
    expect((mini as InstanceType<typeof OpenAI.APIError>).param).toBe('input_fidelity');
  });

  it('rejects a mask of the wrong size, a mask without alpha, and untyped uploads', async () => {
    const image = () => toFile(solid(1024, 1024), 'photo.png', { type: 'image/png' });
    const wrongSize = await client()
      .images.edit({ model: 'gpt-image-1', image: await image(), mask: await toFile(await halfMask(512, 512), 'm.png', { type: 'image/png' }), prompt: 'x' })
      .catch((e: unknown) => e);
    expect(wrongSize).toBeInstanceOf(OpenAI.BadRequestError);
    expect((wrongSize as Error).message).toMatch(/mask size \(512x512\) does not match .*1024x1024/);
    const noAlpha = await client()
      .images.edit({ model: 'gpt-image-1', image: await image(), mask: await toFile(await solid(1024, 1024), 'm.png', { type: 'image/png' }), prompt: 'x' })
      .catch((e: unknown) => e);
    expect((noAlpha as Error).message).toMatch(/alpha channel/);
    const untyped = await client()
      .images.edit({ model: 'gpt-image-1', image: await toFile(await solid(64, 64), 'photo.png'), prompt: 'x' })
      .catch((e: unknown) => e);
    expect(untyped).toBeInstanceOf(OpenAI.BadRequestError);
    expect((untyped as Error).message).toMatch(/unsupported mimetype/);
  });
});
