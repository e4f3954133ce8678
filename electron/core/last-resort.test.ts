import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installLastResortHandlers } from './last-resort';

describe('last-resort handlers', () => {
  it('log an uncaught exception and an unhandled rejection, keys redacted, and let the process go on', () => {
    const proc = new EventEmitter();
    const logged: { event: string; fields: Record<string, unknown> }[] = [];
    const lines: string[] = [];
    const log = { info() {}, warn() {}, error: (event: string, fields?: Record<string, unknown>) => void logged.push({ event, fields: fields ?? {} }) };
    installLastResortHandlers(proc as unknown as NodeJS.Process, log, (l) => lines.push(l));
    expect(() => proc.emit('uncaughtException', new Error('boom with sk-abcdefghijklmnop'))).not.toThrow();
    proc.emit('unhandledRejection', 'just a string');
    expect(logged.map((l) => l.event)).toEqual(['host.uncaught_exception', 'host.unhandled_rejection']);
    expect(logged[1]!.fields).toMatchObject({ error: 'just a string' });
    expect(lines.join('')).toContain('keeps running');
    expect(lines.join('')).not.toContain('abcdefghijklmnop');
  });
});
