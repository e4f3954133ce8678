/** A streamed answer broke off after part of it reached the user: it is never retried silently. */
export class StreamInterrupted extends Error {
  constructor(
    readonly partialText: string,
    override readonly cause: unknown,
    /** True when no chunk arrived within the policy's timeout. */
    readonly stalled: boolean,
  ) {
    super(stalled ? 'The answer stopped arriving.' : 'The connection broke while the answer was streaming.');
    this.name = 'StreamInterrupted';
  }
}
