/** The plain text under a hast node (what a code block's copy button copies). */
interface HastLike {
  type: string;
  value?: string;
  children?: HastLike[];
}

export function hastText(node: HastLike | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(hastText).join('');
}

/** The language a fenced block named, from its <code class="language-x">. */
export function codeLanguage(node: HastLike | undefined): string | null {
  const code = node?.children?.find((c) => c.type === 'element') as (HastLike & { properties?: { className?: unknown } }) | undefined;
  const classes = code?.properties?.className;
  const list = Array.isArray(classes) ? classes.map(String) : [];
  const lang = list.find((c) => c.startsWith('language-'));
  return lang ? lang.slice('language-'.length) : null;
}
