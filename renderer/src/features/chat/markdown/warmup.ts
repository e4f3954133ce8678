import ReactMarkdown from 'react-markdown';
import { runWhenIdle } from '../../../lib/backgroundWork';
import { useChatStream } from '../../../stores/chat/stream';
import { compileGrammar } from './highlightCache';
import { mathElement } from './katex';
import { components, rehypePlugins, remarkPlugins } from './plugins';

/**
 * Work a reply's first code block or formula would otherwise do in the middle of streaming, done while
 * the window is idle instead: highlight.js compiles a language's grammar the first time it is used
 * (tens of milliseconds for Python or TypeScript, in one frame), and KaTeX's first formula runs cold and
 * then waits for its fonts, laying the reply out again when they arrive; the parser's code for tables,
 * lists, quotes and math runs cold the first time (V8 compiles each function on its first call: tens of
 * milliseconds for a reply's first table). One small step per idle period, and none while a reply
 * streams (a step may take longer than a frame) or while background work is held off (a live meeting
 * records: a step's burst of CPU competes with the audio capture); it carries on afterwards.
 */
const LANGUAGES = ['python', 'typescript', 'javascript', 'bash', 'json', 'sql', 'java', 'go', 'rust', 'cpp', 'c', 'csharp', 'css', 'xml', 'yaml', 'diff'];
/** A little of each construct a reply may hold, parsed once (into elements, not rendered). */
const SAMPLE = '## Title\n\n| a | b |\n| --- | :-: |\n| `x` | **y** |\n\n1. **one** — [link](https://example.com)\n2. *two*\n   - nested\n\n> A quote with $x^2$ and ~~old~~ text.\n\n- [ ] task\n';
const KATEX_FONTS = ['1em KaTeX_Main', 'italic 1em KaTeX_Math', 'bold 1em KaTeX_Main', '1em KaTeX_Size1', '1em KaTeX_Size2', '1em KaTeX_AMS'];

let started = false;

function steps(): (() => void)[] {
  return [
    () => void Promise.all(KATEX_FONTS.map((font) => globalThis.document?.fonts?.load(font))).catch(() => undefined),
    () => mathElement('B_0 \\cdot (1 + r)^n \\approx \\frac{\\ln 2}{r}', false),
    () => mathElement('\\sum_{i=1}^{n} x_i^2', true),
    () => void ReactMarkdown({ children: SAMPLE, remarkPlugins, rehypePlugins, components }),
    ...LANGUAGES.map((language) => () => compileGrammar(language)),
  ];
}

/** Starts warming up once per window; every step runs when the window is idle. */
export function warmUpMarkdown(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  const queue = steps();
  const streaming = () => Object.keys(useChatStream.getState().text).length > 0;
  const next = () => {
    const step = queue.shift();
    if (!step) return;
    try {
      step();
    } finally {
      runWhenIdle(next, streaming);
    }
  };
  runWhenIdle(next, streaming);
}
