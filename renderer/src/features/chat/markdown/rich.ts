/**
 * Everything heavy a reply's Markdown needs — the remark/rehype stack, KaTeX and highlight.js — as one
 * chunk of its own, kept out of the first bundle and loaded on first use (see richMarkdown.ts).
 */
export { Markdown } from './Markdown';
export { warmUpMarkdown } from './warmup';
