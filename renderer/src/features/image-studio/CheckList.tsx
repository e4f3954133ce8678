import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import type { CheckResult, CheckState } from '../../../../shared/contract';
import { useStudio } from '../../stores/image-studio/studio';
import { checkText } from './checkText';

const TONE = { pending: 'neutral', passed: 'success', failed: 'danger', error: 'warning' } as const;

/** The compliance check: moderation on the prompt and the image, then the brand's local rules. */
export function CheckList({ state, check }: { state: CheckState; check: CheckResult | null }) {
  const { t } = useTranslation('studio');
  const recheck = useStudio((s) => s.recheck);
  const busy = useStudio((s) => s.busy === 'check');
  return (
    <section className="st-section" aria-label={t('check.title')}>
      <div className="st-section__head">
        <h3>{t('check.title')}</h3>
        <Badge tone={TONE[state]}>{t(`check.${state}`)}</Badge>
        <Button size="sm" variant="ghost" loading={busy} onClick={() => void recheck()}>{t('check.run')}</Button>
      </div>
      {check && (
        <ul className="st-checks" data-testid="check-items">
          {check.items.map((i) => (
            <li key={i.rule} className={i.passed ? 'is-passed' : 'is-failed'}>
              <span aria-hidden="true">{i.passed ? '✓' : '✕'}</span> {checkText(i)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
