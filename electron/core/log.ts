import fs from 'node:fs';
import path from 'node:path';
import { scrubSecrets } from './secrets';

export type LogFields = Record<string, unknown>;
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const SECRET_PATTERNS: RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{6,}/g, // OpenAI-style keys
  /\bBearer\s+[A-Za-z0-9._-]{6,}/gi,
  /\b(api[_-]?key|authorization|password|secret)("?\s*[:=]\s*"?)[^\s",}]+/gi,
];

/** Removes every key core holds and anything that looks like a credential; applied to every line before it is written. */
export function redact(text: string): string {
  return SECRET_PATTERNS.reduce(
    (acc, pattern) => acc.replace(pattern, (match, name?: string, sep?: string) => (typeof name === 'string' && sep !== undefined ? `${name}${sep}[redacted]` : '[redacted]')),
    scrubSecrets(text),
  );
}

interface FileLoggerOptions {
  dir: string;
  file?: string;
  maxBytes?: number;
  keep?: number;
  echo?: boolean;
  /**
   * Lines are formatted, redacted and written together right after the current turn of the event loop
   * (setImmediate), not inside the call that logs them: for logs written on a hot path (one line per
   * model request). Pending lines are written at process exit too; a kill -9 can lose the last turn's.
   */
  deferred?: boolean;
}

export type FileLogger = Logger & {
  /** Writes lines logged but not yet written (deferred loggers). */
  flush(): void;
  /** Logs a line whose fields are worked out when it is written (after the turn, for a deferred logger). */
  later(level: 'info' | 'warn' | 'error', event: string, fields: () => LogFields): void;
};

/** Deferred loggers with lines waiting, written at exit if their turn has not come. */
const waiting = new Set<() => void>();
let exitHook = false;

/** JSON-lines log, rotated by size (atelier.log → atelier.1.log …), secrets redacted. */
export function createFileLogger({ dir, file = 'atelier.log', maxBytes = 5 * 1024 * 1024, keep = 3, echo = false, deferred = false }: FileLoggerOptions): FileLogger {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, file);
  let size = fs.existsSync(target) ? fs.statSync(target).size : 0;
  let fd: number | null = null;
  const rotate = () => {
    const stem = file.replace(/\.log$/, '');
    for (let i = keep - 1; i >= 1; i--) {
      const from = path.join(dir, `${stem}.${i}.log`);
      if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, `${stem}.${i + 1}.log`));
    }
    if (fd !== null) fs.closeSync(fd);
    fd = null;
    fs.renameSync(target, path.join(dir, `${stem}.1.log`));
    size = 0;
  };
  const format = (at: number, level: string, event: string, fields: LogFields | (() => LogFields) = {}) =>
    redact(JSON.stringify({ t: new Date(at).toISOString(), level, event, ...(typeof fields === 'function' ? fields() : fields) })) + '\n';
  const append = (text: string) => {
    try {
      if (size > 0 && size + text.length > maxBytes) rotate();
      fd ??= fs.openSync(target, 'a', 0o600);
      fs.writeSync(fd, text);
      size += Buffer.byteLength(text);
    } catch {
      // Logging must never take the app down.
    }
    if (echo) process.stderr.write(text);
  };
  const queue: [number, string, string, LogFields | (() => LogFields) | undefined][] = [];
  let scheduled: NodeJS.Immediate | null = null;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    waiting.delete(flush);
    // One write for the lines of a turn, cut where a size rotation falls between two of them.
    let block = '';
    for (const [at, level, event, fields] of queue.splice(0)) {
      const line = format(at, level, event, fields);
      if (block && size + block.length + line.length > maxBytes) {
        append(block);
        block = '';
      }
      block += line;
    }
    if (block) append(block);
  };
  const write = (level: string, event: string, fields?: LogFields | (() => LogFields)) => {
    if (!deferred) return append(format(Date.now(), level, event, fields));
    queue.push([Date.now(), level, event, fields]);
    if (scheduled) return;
    scheduled = setImmediate(flush);
    waiting.add(flush);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => waiting.forEach((f) => f()));
    }
  };
  return {
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
    later: (level, e, f) => write(level, e, f),
    flush,
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
