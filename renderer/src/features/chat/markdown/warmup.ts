import { useChatStream } from '../../../stores/chat/stream';
import { mathElement } from './katex';
import { compileGrammar } from './highlightCache';

/**
 * Work a reply's first code block or formula would otherwise do in the middle of streaming, done while
 * the window is idle instead: highlight.js compiles a language's grammar the first time it is used
 * (tens of milliseconds for Python or TypeScript, in one frame), and KaTeX's first formula runs cold and
 * then waits for its fonts, laying the reply out again when they arrive. One small step per idle period,
 * and none while a reply streams (a step may take longer than a frame).
 */
const LANGUAGES = ['python', 'typescript', 'javascript', 'bash', 'json', 'sql', 'java', 'go', 'rust', 'cpp', 'c', 'csharp', 'css', 'xml', 'yaml', 'diff'];
const KATEX_FONTS = ['1em KaTeX_Main', 'italic 1em KaTeX_Math', 'bold 1em KaTeX_Main', '1em KaTeX_Size1', '1em KaTeX_Size2', '1em KaTeX_AMS'];

let started = false;

function steps(): (() => void)[] {
  return [
    () => void Promise.all(KATEX_FONTS.map((font) => globalThis.document?.fonts?.load(font))).catch(() => undefined),
    () => mathElement('B_0 \\cdot (1 + r)^n \\approx \\frac{\\ln 2}{r}', false),
    () => mathElement('\\sum_{i=1}^{n} x_i^2', true),
    ...LANGUAGES.map((language) => () => compileGrammar(language)),
  ];
}

/** Starts warming up once per window; every step runs when the window is idle. */
export function warmUpMarkdown(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  const queue = steps();
  const idle = (run: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 5000 }) : window.setTimeout(run, 50));
  const next = () => {
    if (Object.keys(useChatStream.getState().text).length > 0) return void window.setTimeout(() => idle(next), 1000);
    const step = queue.shift();
    if (!step) return;
    try {
      step();
    } finally {
      idle(next);
    }
  };
  idle(next);
}
