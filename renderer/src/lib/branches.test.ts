import { describe, expect, it } from 'vitest';
import { leftBehindLeaf } from './branches';

const m = (id: string) => ({ id });

describe('a search jump that changes version', () => {
  it('names the leaf left behind when the branch now shown does not hold it', () => {
    expect(leftBehindLeaf([m('u2'), m('a2')], [m('u1'), m('a1')])).toBe('a2');
  });
  it('is silent when the jump stays on the same branch, or nothing was shown', () => {
    expect(leftBehindLeaf([m('u1'), m('a1')], [m('u1'), m('a1')])).toBeNull();
    expect(leftBehindLeaf([], [m('u1')])).toBeNull();
  });
});
