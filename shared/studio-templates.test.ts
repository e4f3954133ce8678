import { describe, expect, it } from 'vitest';
import { fillTemplate, templateVariables } from './studio-templates';

describe('prompt templates', () => {
  it('lists variables once, in order', () => {
    expect(templateVariables('{product} on {surface}, {style}; more {product}')).toEqual(['product', 'surface', 'style']);
    expect(templateVariables('no variables, {not a var}, {}')).toEqual([]);
  });
  it('fills values and reports what is missing', () => {
    expect(fillTemplate('A {product} in {style} style', { product: 'ceramic lamp', style: ' Bauhaus ' })).toEqual({ prompt: 'A ceramic lamp in Bauhaus style', missing: [] });
    expect(fillTemplate('A {product} in {style} style', { product: 'lamp' })).toEqual({ prompt: 'A lamp in {style} style', missing: ['style'] });
  });
  it('does not re-expand braces inside values', () => {
    expect(fillTemplate('{a} {b}', { a: '{b}', b: 'x' }).prompt).toBe('{b} x');
  });
});
