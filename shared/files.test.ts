import { describe, expect, it } from 'vitest';
import { safeFileName } from './files';

describe('safe file names', () => {
  it('removes characters no OS allows and keeps unicode', () => {
    expect(safeFileName('Q3: plan/review <draft>?', 'md')).toBe('Q3 plan review draft.md');
    expect(safeFileName('Réunion d’équipe 会议', 'srt')).toBe('Réunion d’équipe 会议.srt');
  });
  it('avoids reserved names, trailing dots and empty names', () => {
    expect(safeFileName('CON', 'txt')).toBe('CON_.txt');
    expect(safeFileName('notes...', 'txt')).toBe('notes.txt');
    expect(safeFileName('///', 'txt')).toBe('untitled.txt');
    expect(safeFileName('x'.repeat(300), 'txt')).toHaveLength(84);
  });
});
