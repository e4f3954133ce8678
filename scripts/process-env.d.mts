/** Types for process-env.mjs (used from TypeScript by the vision bench). */
export declare const MALLOC_ENV: Readonly<{ MALLOC_ARENA_MAX: string; MALLOC_MMAP_THRESHOLD_: string }>;
export declare function mainProcessEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
