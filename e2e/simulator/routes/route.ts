/** What a route module provides to the server's request pipeline. */
import type { RouteContext } from '../context';
import type { ApiError } from '../http/errors';
import type { RouteName } from '../types';

/** A validated request, ready to run once faults, rate limits and latency have been applied. */
export interface Prepared {
  model?: string;
  /** Tokens charged to the per-key token bucket. */
  tokenCost: number;
  stream?: boolean;
  run(): Promise<void>;
}

export interface RouteDef {
  name: RouteName;
  method: 'GET' | 'POST';
  /** Named groups become ctx.params. */
  pattern: RegExp;
  maxBodyBytes: number;
  /** The error for bodies over maxBodyBytes (default: 413 content size). */
  tooLarge?: (bytes: number) => ApiError;
  /** Parses and validates; throws ApiError for 4xx answers. */
  prepare(ctx: RouteContext): Promise<Prepared>;
}

export const MB = 1024 * 1024;
