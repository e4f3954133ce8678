import { calls, type CallName, type CallOutput, type ParsedInput } from '../../../shared/contract';
import { AppFailure, fail, makeError, ok, type Result } from '../../../shared/errors';
import type { Logger } from '../log';
import { humanIssue } from './human-issues';

/** Who is calling, as judged by the host that received the message. */
export interface Sender {
  /** The host checked the sender (frame URL in Electron, secret + Host + Origin in browser mode). */
  trusted: boolean;
  /** For logs: where the call came from. */
  label: string;
}

export interface CallContext {
  sender: Sender;
}

export type Handler<N extends CallName> = (input: ParsedInput<N>, ctx: CallContext) => CallOutput<N> | Promise<CallOutput<N>>;
export type Handlers = { [N in CallName]: Handler<N> };
export type PartialHandlers = Partial<Handlers>;

export type Dispatch = (name: string, input: unknown, sender: Sender) => Promise<Result<unknown>>;

/**
 * The one wrapper every call goes through, whichever host carried it: sender check,
 * input validation against the contract, and errors turned into data.
 */
export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (name, input, sender) => {
    if (!sender.trusted) {
      log.warn('rpc.refused', { call: name, sender: sender.label });
      return fail('forbidden');
    }
    if (!Object.hasOwn(calls, name)) {
      return fail('invalid_input', `Unknown call "${name}".`);
    }
    const callName = name as CallName;
    const parsed = calls[callName].input.safeParse(input ?? {}, { error: humanIssue });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      return fail('invalid_input', issue?.message ?? 'Invalid input.', field ? { field } : undefined);
    }
    try {
      const handler = handlers[callName] as Handler<CallName>;
      return ok(await handler(parsed.data as ParsedInput<CallName>, { sender }));
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: error.toAppError() };
      log.error('rpc.failed', { call: name, error: error instanceof Error ? error.message : String(error) });
      return { ok: false, error: makeError('internal') };
    }
  };
}
