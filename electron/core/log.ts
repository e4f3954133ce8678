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
}

/** JSON-lines log, rotated by size (atelier.log → atelier.1.log …), secrets redacted. */
export function createFileLogger({ dir, file = 'atelier.log', maxBytes = 5 * 1024 * 1024, keep = 3, echo = false }: FileLoggerOptions): Logger {
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
  const write = (level: string, event: string, fields: LogFields = {}) => {
    const line = redact(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields })) + '\n';
    try {
      if (size > 0 && size + line.length > maxBytes) rotate();
      fd ??= fs.openSync(target, 'a', 0o600);
      fs.writeSync(fd, line);
      size += Buffer.byteLength(line);
    } catch {
      // Logging must never take the app down.
    }
    if (echo) process.stderr.write(line);
  };
  return {
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
