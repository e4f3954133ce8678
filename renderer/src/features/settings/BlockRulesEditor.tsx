import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';

/** Why a rule cannot be added, or null. A /regex/ must compile; the core would treat a broken one as plain text. */
export function ruleProblem(rule: string, existing: readonly string[]): string | null {
  if (!rule) return i18n.t('settings:rules.empty');
  if (existing.includes(rule)) return i18n.t('settings:rules.duplicate', { rule });
  const m = /^\/(.+)\/([a-z]*)$/.exec(rule);
  if (m) {
    try {
      new RegExp(m[1]!, m[2]);
    } catch (e) {
      return i18n.t('settings:rules.invalid', { reason: e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : i18n.t('settings:rules.noCompile') });
    }
  }
  return null;
}

export interface BlockRulesEditorProps {
  rules: readonly string[];
  onChange: (rules: string[]) => void;
  /** Names the list and its input, e.g. "Block rules for Classification". */
  label: string;
  error?: string | null;
}

/** Words or /regular expressions/ that block a request before it is sent. */
export function BlockRulesEditor({ rules, onChange, label, error }: BlockRulesEditorProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = (e: { preventDefault(): void }) => {
    e.preventDefault();
    const rule = text.trim();
    const why = ruleProblem(rule, rules);
    if (why) return setProblem(why);
    onChange([...rules, rule]);
    setText('');
  };
  const shown = problem ?? error ?? null;
  const { t } = useTranslation('settings');
  return (
    <div className="rules">
      {rules.length > 0 ? (
        <ul className="chips" aria-label={label}>
          {rules.map((r) => (
            <li key={r} className="chip mono">
              {r}
              <button type="button" className="chip__remove" aria-label={t('rules.remove', { rule: r })} onClick={() => onChange(rules.filter((x) => x !== r))}>
                <Icon name="x" size={12} />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rules__empty">{t('rules.none')}</p>
      )}
      {/* Not a <form>: this editor sits inside dialogs that are forms themselves. */}
      <div className="rules__add" role="group" aria-label={t('rules.addTo', { label })}>
        <input
          id={id}
          className="input input--mono"
          value={text}
          placeholder={t('rules.placeholder')}
          aria-label={t('rules.new')}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${id}-error` : undefined}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add(e);
          }}
        />
        <Button size="sm" icon={<Icon name="plus" size={14} />} onClick={add}>
          {t('rules.add')}
        </Button>
      </div>
      {shown && (
        <p className="field__error" id={`${id}-error`} role="alert">
          <Icon name="alertCircle" size={13} />
          {shown}
        </p>
      )}
    </div>
  );
}
