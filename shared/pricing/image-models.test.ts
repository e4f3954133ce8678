import { describe, expect, it } from 'vitest';
import { checkImageRequest, IMAGE_MODELS, imageModelSpec, imageModelStatus, sizeIsExperimental, sizeProblem } from '../pricing';

const spec = (id: string) => {
  const s = imageModelSpec(id);
  if (!s) throw new Error(`no spec for ${id}`);
  return s;
};
const params = (model: string, extra: Record<string, unknown> = {}) => ({ model, prompt: 'a red bicycle', ...extra });
const codes = (model: string, extra: Record<string, unknown>, edit?: { images: number; mask: boolean }) =>
  checkImageRequest(spec(model), params(model, extra), edit).map((i) => `${i.param}:${i.code}`);

describe('image model catalog', () => {
  it('lists the six models with dated status', () => {
    expect(IMAGE_MODELS.map((m) => m.id)).toEqual(['gpt-image-2', 'gpt-image-1.5', 'gpt-image-1-mini', 'gpt-image-1', 'dall-e-3', 'dall-e-2']);
    expect(imageModelStatus(spec('gpt-image-2'), '2026-11-28')).toBe('current');
    expect(imageModelStatus(spec('gpt-image-1-mini'), '2026-11-28')).toBe('deprecated');
    expect(imageModelStatus(spec('gpt-image-1'), '2026-10-22')).toBe('deprecated');
    expect(imageModelStatus(spec('gpt-image-1'), '2026-10-23')).toBe('retired');
    expect(imageModelStatus(spec('dall-e-3'), '2026-01-01')).toBe('deprecated');
    expect(imageModelStatus(spec('dall-e-2'), '2026-11-28')).toBe('retired');
  });
  it('resolves snapshots, not lookalikes', () => {
    expect(imageModelSpec('gpt-image-1-2025-04-15')?.id).toBe('gpt-image-1');
    expect(imageModelSpec('openai/gpt-image-1-mini')?.id).toBe('gpt-image-1-mini');
    expect(imageModelSpec('gpt-image-1-turbo')).toBeUndefined();
  });
});

describe("gpt-image-2's free size rule", () => {
  const g2 = spec('gpt-image-2');
  it.each(['1024x1024', '3840x2160', '2160x3840', '1536x512', '512x1536', '16x16', 'auto'])('accepts %s', (size) => expect(sizeProblem(g2, size)).toBeNull());
  it.each([
    ['1000x1000', /multiples of 16/],
    ['1600x512', /1:3 and 3:1/],
    ['4096x2160', /3840 × 2160/],
    ['2176x2176', /3840 × 2160/],
    ['big', /WIDTHxHEIGHT/],
  ])('refuses %s', (size, why) => expect(sizeProblem(g2, size)).toMatch(why));
  it('marks sizes above 2560 × 1440 experimental', () => {
    expect(sizeIsExperimental(g2, '2560x1440')).toBe(false);
    expect(sizeIsExperimental(g2, '3840x2160')).toBe(true);
    expect(sizeIsExperimental(spec('gpt-image-1'), '1536x1024')).toBe(false);
  });
  it('other models keep their fixed lists', () => {
    expect(sizeProblem(spec('gpt-image-1.5'), '1920x1080')).toMatch(/accepts the sizes/);
    expect(sizeProblem(spec('dall-e-3'), '1792x1024')).toBeNull();
    expect(sizeProblem(spec('dall-e-3'), 'auto')).toMatch(/explicit size/);
  });
});

describe('checkImageRequest', () => {
  it('accepts a full gpt-image request', () => {
    expect(codes('gpt-image-1.5', { n: 4, size: '1536x1024', quality: 'high', background: 'transparent', output_format: 'webp', output_compression: 80, moderation: 'low', stream: true, partial_images: 2 })).toEqual([]);
  });
  it('refuses transparency with jpeg and compression with png', () => {
    expect(codes('gpt-image-1', { background: 'transparent', output_format: 'jpeg' })).toEqual(['background:unsupported_value']);
    expect(codes('gpt-image-1', { output_compression: 50 })).toEqual(['output_compression:unsupported_value']);
  });
  it('bounds n per model', () => {
    expect(codes('gpt-image-1', { n: 11 })).toEqual(['n:integer_above_max_value']);
    expect(codes('dall-e-3', { n: 2 })).toEqual(['n:integer_above_max_value']);
    expect(codes('dall-e-2', { n: 0 })).toEqual(['n:integer_below_min_value']);
  });
  it('dall-e models refuse gpt-image parameters and streaming', () => {
    expect(codes('dall-e-3', { quality: 'high', background: 'opaque', output_format: 'png', stream: true })).toEqual([
      'quality:unsupported_value', 'background:unknown_parameter', 'output_format:unknown_parameter', 'stream:unsupported_value',
    ]);
    expect(codes('dall-e-3', { quality: 'hd', style: 'natural', size: '1024x1792' })).toEqual([]);
    expect(codes('gpt-image-1', { style: 'vivid' })).toEqual(['style:unknown_parameter']);
  });
  it('input fidelity: edits only, not on mini', () => {
    expect(codes('gpt-image-1', { input_fidelity: 'high' }, { images: 1, mask: false })).toEqual([]);
    expect(codes('gpt-image-1', { input_fidelity: 'high' })).toEqual(['input_fidelity:unknown_parameter']);
    expect(codes('gpt-image-1-mini', { input_fidelity: 'high' }, { images: 1, mask: false })).toEqual(['input_fidelity:unsupported_value']);
  });
  it('edit limits: 16 images on gpt-image, one on dall-e-2, none on dall-e-3', () => {
    expect(codes('gpt-image-2', {}, { images: 16, mask: true })).toEqual([]);
    expect(codes('gpt-image-2', {}, { images: 17, mask: true })).toEqual(['image:integer_above_max_value']);
    expect(codes('dall-e-2', {}, { images: 2, mask: true })).toEqual(['image:integer_above_max_value']);
    expect(codes('dall-e-3', {}, { images: 1, mask: false })).toEqual(['model:invalid_model']);
  });
  it('prompt length per model', () => {
    expect(codes('dall-e-2', { prompt: 'x'.repeat(1001) })).toEqual(['prompt:string_above_max_length']);
    expect(codes('gpt-image-1', { prompt: 'x'.repeat(1001) })).toEqual([]);
  });
});
