import { Worker } from 'node:worker_threads';
import { compileRule, screenRules, type RuleOutcome } from './rule-screen';

export type { RuleOutcome };

/** Time one check of all rules may take before it is stopped (a sound rule set needs milliseconds). */
export const RULE_TIME_LIMIT_MS = 1000;

// Plain CommonJS evaluated in the worker: no file to resolve, so it runs the same under tsx, Vitest and Electron.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const progress = new Int32Array(workerData);
const compiled = new Map();
const compile = ({ source, flags }) => {
  const key = flags + '/' + source;
  let re = compiled.get(key);
  if (!re) {
    if (compiled.size > 1000) compiled.clear();
    compiled.set(key, (re = new RegExp(source, flags)));
  }
  return re;
};
parentPort.on('message', ({ id, rules, text }) => {
  for (let i = 0; i < rules.length; i++) {
    Atomics.store(progress, 0, i);
    if (compile(rules[i]).test(text)) return parentPort.postMessage({ id, index: i });
  }
  parentPort.postMessage({ id, index: -1 });
});
`;

interface Job {
  id: number;
  rules: string[];
  text: string;
  resolve(outcome: RuleOutcome): void;
}

/**
 * Runs users' block rules off the event loop, in one worker thread, with a time bound: a rule with
 * catastrophic backtracking (e.g. /(a+)+$/ on "aaaa…!") is stopped by terminating the worker, reported
 * as timed out, and the next check gets a fresh worker. The core's own thread never runs a user's regex.
 */
export function createRuleRunner(opts: { timeLimitMs?: number } = {}) {
  const limit = opts.timeLimitMs ?? RULE_TIME_LIMIT_MS;
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let progress: Int32Array | null = null;
  let running: Job | null = null;
  /** The worker has started running JS: the time bound starts then, not while a thread is being created. */
  let ready = false;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;

  const spawn = (): Worker => {
    const shared = new SharedArrayBuffer(4);
    progress = new Int32Array(shared);
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
    ready = false;
    w.unref(); // an idle rule worker never keeps the process alive
    w.once('online', () => {
      if (worker !== w) return;
      ready = true;
      if (running) startClock();
    });
    w.on('message', ({ id, index }: { id: number; index: number }) => {
      if (!running || running.id !== id) return;
      finish(index < 0 ? { kind: 'clear' } : { kind: 'matched', rule: running.rules[index]! });
    });
    // A rule that crashed the worker (e.g. out of memory) fails closed, like one that ran out of time.
    w.on('error', () => restart({ kind: 'clear' }, true));
    w.on('exit', () => {
      if (worker === w) worker = null;
    });
    return w;
  };

  const finish = (outcome: RuleOutcome) => {
    if (timer) clearTimeout(timer);
    timer = null;
    const job = running;
    running = null;
    job?.resolve(outcome);
    pump();
  };

  /** The worker is stuck (or died): stop it, answer the running job, and carry on with a new one. */
  const restart = (fallback: RuleOutcome, timedOut: boolean) => {
    const job = running;
    const stuck = progress ? Atomics.load(progress, 0) : 0;
    const w = worker;
    worker = null;
    void w?.terminate();
    finish(timedOut && job ? { kind: 'timed_out', rule: job.rules[stuck] ?? job.rules[0]! } : fallback);
  };

  const startClock = () => {
    timer = setTimeout(() => restart({ kind: 'clear' }, true), limit);
  };

  const pump = () => {
    if (running || queue.length === 0) return;
    running = queue.shift()!;
    worker ??= spawn();
    Atomics.store(progress!, 0, 0);
    if (ready) startClock();
    worker.postMessage({ id: running.id, rules: running.rules.map((r) => compileRule(r).expression), text: running.text });
  };

  return {
    /**
     * A rule matching text (words and phrases first, then expressions in order), or which rule ran out of
     * time; text given in parts is checked as its parts joined by newlines. Answered at once, without a
     * promise, when the worker is not needed (see rule-screen): most requests never wake it (on a busy
     * machine its round trip took milliseconds), and a caller answered here waits no microtask turn either.
     */
    firstMatch(rules: readonly string[], text: string | readonly string[]): RuleOutcome | Promise<RuleOutcome> {
      const screened = screenRules(rules, text);
      if (!Array.isArray(screened)) return screened;
      return new Promise((resolve) => {
        queue.push({ id: nextId++, rules: screened, text: typeof text === 'string' ? text : text.join('\n'), resolve });
        pump();
      });
    },
    close(): void {
      if (timer) clearTimeout(timer);
      void worker?.terminate();
      worker = null;
    },
  };
}
export type RuleRunner = ReturnType<typeof createRuleRunner>;

/** One runner for the process: rule checks are rare and short, and one worker thread serves them all. */
let shared: RuleRunner | null = null;
export const ruleRunner = (): RuleRunner => (shared ??= createRuleRunner());
