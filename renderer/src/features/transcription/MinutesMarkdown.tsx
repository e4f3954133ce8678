import type { ComponentPropsWithoutRef } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Links open only when they are https (in a new window); anything else stays plain text. */
function Link({ href, children, node: _node, ...rest }: ComponentPropsWithoutRef<'a'> & ExtraProps) {
  let safe: boolean;
  try {
    safe = Boolean(href) && new URL(href!).protocol === 'https:';
  } catch {
    safe = false;
  }
  if (!safe) return <span title={href}>{children}</span>;
  return (
    <a {...rest} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function Table({ node: _node, ...rest }: ComponentPropsWithoutRef<'table'> & ExtraProps) {
  return (
    <div className="tx-md__table">
      <table {...rest} />
    </div>
  );
}

const components: Components = { a: Link, table: Table };
const plugins = [remarkGfm];

/** Minutes as Markdown with GFM lists, tables and task items. Raw HTML is never rendered. */
export function MinutesMarkdown({ text }: { text: string }) {
  return (
    <div className="tx-md">
      <ReactMarkdown remarkPlugins={plugins} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
