import { redact, type Logger } from './log';

type ProcessLike = Pick<NodeJS.Process, 'on'>;

const describe = (error: unknown) =>
  error instanceof Error ? { name: error.name, error: error.message, stack: error.stack ?? null } : { name: typeof error, error: String(error), stack: null };

/**
 * A host's last line of defence (browser server or Electron main): an exception nothing caught is logged and the server keeps
 * serving the other requests and connections. Every known cause is fixed where it arises; this only
 * keeps an unknown one from taking down a user's open conversations and running jobs.
 */
export function installLastResortHandlers(proc: ProcessLike, log: Logger, echo: (line: string) => void = (l) => process.stderr.write(l)): void {
  proc.on('uncaughtException', (error: unknown) => {
    log.error('host.uncaught_exception', describe(error));
    echo(redact(`Atelier caught an unexpected error and keeps running (details in the log): ${describe(error).error}\n`));
  });
  proc.on('unhandledRejection', (reason: unknown) => {
    log.error('host.unhandled_rejection', describe(reason));
  });
}
