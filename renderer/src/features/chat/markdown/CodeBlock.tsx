import type { ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtraProps } from 'react-markdown';
import { CopyButton } from './CopyButton';
import { codeLanguage, hastText } from './hastText';
import { mathElement } from './katex';

/**
 * A fenced code block: language label, copy button, highlighted code (rehype-highlight's classes). Display
 * math (`$$` or a ```math fence) arrives as a code block too and is rendered by KaTeX, once per formula.
 */
export function CodeBlock({ node, children, ...rest }: ComponentPropsWithoutRef<'pre'> & ExtraProps) {
  const language = codeLanguage(node);
  const { t } = useTranslation('chat');
  if (language === 'math') return mathElement(hastText(node), true);
  return (
    <div className="md-code">
      <div className="md-code__bar">
        <span className="md-code__lang">{language ?? t('markdown.text')}</span>
        <CopyButton text={() => hastText(node).replace(/\n$/, '')} label={t('markdown.copyCode')} className="md-code__copy" />
      </div>
      <pre {...rest}>{children}</pre>
    </div>
  );
}
