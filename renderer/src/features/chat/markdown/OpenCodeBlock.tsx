import type { Element } from 'hast';
import { CodeBlock } from './CodeBlock';

/**
 * A code block still streaming in, built from its text without a Markdown parse (see openFenceCode):
 * the same elements react-markdown makes for it, unhighlighted until its fence closes.
 */
export function OpenCodeBlock({ language, code }: { language: string | null; code: string }) {
  const className = language ? `language-${language}` : undefined;
  const node: Element = {
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [{ type: 'element', tagName: 'code', properties: className ? { className: [className] } : {}, children: code ? [{ type: 'text', value: code }] : [] }],
  };
  return (
    <CodeBlock node={node}>
      <code className={className}>{code}</code>
    </CodeBlock>
  );
}
