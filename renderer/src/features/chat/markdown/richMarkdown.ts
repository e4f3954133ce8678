import { lazyModule } from '../../../lib/lazyModule';

/** The reply renderer's chunk (./rich.ts): loaded on first use, or when the window is idle before that. */
export const richMarkdown = lazyModule(() => import('./rich'));

/** Loads the chunk if it has not loaded yet, then warms its parser, KaTeX and grammars up when idle (see warmup.ts). */
export function warmUpMarkdownWhenLoaded(): void {
  richMarkdown.load().then((m) => m.warmUpMarkdown(), () => undefined);
}
