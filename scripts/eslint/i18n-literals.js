/**
 * ESLint rule: no words a person reads written straight into the renderer's JSX. Text between tags and
 * the attributes that reach the screen or a screen reader (title, placeholder, aria-label, label …) must
 * come from `t()` (renderer/src/i18n). Symbols, numbers and single-letter marks pass; so do brand and
 * technical names in ALLOWED. Tests, locale files and the i18n module itself are not checked.
 */

/** Attributes whose text reaches the person (visible, or read aloud). */
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'description',
  'hint',
  'heading',
  'message',
  'text',
  'caption',
  'confirmLabel',
  'cancelLabel',
  'emptyLabel',
  'subtitle',
  'action',
  'actionLabel',
  'tooltip',
  'helper',
  'help',
  'detail',
  'summary',
  'legend',
  'note',
]);

/** Words that are the same in every language: product, vendor and format names, units, code. */
export const ALLOWED = new Set([
  'Atelier',
  'OpenAI',
  'Azure',
  'API',
  'JSON',
  'CSV',
  'SRT',
  'VTT',
  'PNG',
  'JPEG',
  'WebP',
  'URL',
  'ID',
  'GPT',
  'DALL·E',
  'English',
  '简体中文',
  'Ctrl',
  'Cmd',
  'Shift',
  'Alt',
  'Enter',
  'Esc',
  'Tab',
  'px',
  'ms',
  'KB',
  'MB',
  'GB',
  'x',
  'k',
]);

/** Text with at least one word of two or more letters that is not an allowed name. */
export function hasWords(text) {
  // One token with a slash, dot, colon, dash or underscore is a path, address, id or variable name.
  if (!/\s/.test(text.trim()) && /[/.:_-]/.test(text)) return false;
  const words = text.match(/[\p{L}][\p{L}\p{M}'’·.-]*/gu) ?? [];
  return words.some((w) => {
    const bare = w.replace(/[.’'-]+$/u, '');
    if (ALLOWED.has(bare)) return false;
    if (/^[\p{Script=Han}]+$/u.test(bare)) return true;
    if (/^\p{Lu}{2,4}$/u.test(bare)) return false; // codes such as EUR, USD, HTTP
    return bare.length >= 2;
  });
}

export const i18nLiterals = {
  rules: {
    'no-literal-string': {
      meta: {
        type: 'problem',
        docs: { description: 'Words a person reads go through t() in both languages.' },
        schema: [],
        messages: { literal: 'User-visible text "{{text}}" is written in the JSX; put it in the locales and use t().' },
      },
      create(context) {
        const report = (node, text) => context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
        const checkExpression = (node) => {
          if (!node) return;
          if (node.type === 'Literal' && typeof node.value === 'string' && hasWords(node.value)) report(node, node.value);
          else if (node.type === 'TemplateLiteral') {
            const raw = node.quasis.map((q) => q.value.cooked ?? '').join(' ');
            if (hasWords(raw)) report(node, raw);
          } else if (node.type === 'ConditionalExpression') {
            checkExpression(node.consequent);
            checkExpression(node.alternate);
          } else if (node.type === 'LogicalExpression') {
            checkExpression(node.right);
          }
        };
        return {
          JSXText(node) {
            if (hasWords(node.value)) report(node, node.value);
          },
          JSXExpressionContainer(node) {
            if (node.parent?.type === 'JSXElement' || node.parent?.type === 'JSXFragment') checkExpression(node.expression);
          },
          JSXAttribute(node) {
            const name = node.name.type === 'JSXIdentifier' ? node.name.name : node.name.name.name;
            if (!VISIBLE_ATTRIBUTES.has(name) || !node.value) return;
            if (node.value.type === 'Literal') {
              if (typeof node.value.value === 'string' && hasWords(node.value.value)) report(node.value, node.value.value);
            } else if (node.value.type === 'JSXExpressionContainer') checkExpression(node.value.expression);
          },
        };
      },
    },
  },
};
