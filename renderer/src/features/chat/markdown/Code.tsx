import type { ComponentPropsWithoutRef } from 'react';
import type { ExtraProps } from 'react-markdown';
import { hastText } from './hastText';
import { mathElement } from './katex';

/** Inline code, or an inline formula (remark-math's `code.math-inline`), rendered once by KaTeX and reused. */
export function Code({ node, ...rest }: ComponentPropsWithoutRef<'code'> & ExtraProps) {
  const classes = node?.properties?.className;
  if (Array.isArray(classes) && classes.includes('math-inline')) return mathElement(hastText(node), false);
  return <code {...rest} />;
}
