import { z } from 'zod';
import { blockRuleProblem } from '../block-rules';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}

/** Declares one call: its output type as the type argument, its input as a zod schema. */
export const call =
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, output: undefined as O });

export const id = z.string().min(1).max(200);
export const empty = z.object({}).strict();

/** A block rule (word, phrase or /expression/flags), refused when saved if it is invalid or can backtrack catastrophically. */
export const blockRule = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((rule, ctx) => {
      const problem = blockRuleProblem(rule);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
