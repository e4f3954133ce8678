import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';

/** The first view: what the screen does, and the ways in. */
export function IntakeEmpty({ onPick, onPickFolder }: { onPick: () => void; onPickFolder: () => void }) {
  const { t } = useTranslation('vision');
  return (
    <div className="va-empty">
      <EmptyState
        icon="scan"
        title={t('empty.title')}
        description={t('empty.body')}
        actions={
          <>
            <Button variant="primary" onClick={onPick}>
              {t('intake.addImages')}
            </Button>
            <Button onClick={onPickFolder}>{t('intake.addFolder')}</Button>
          </>
        }
      >
        <ul className="va-empty-points">
          <li>{t('empty.point1')}</li>
          <li>{t('empty.point2')}</li>
          <li>{t('empty.point3')}</li>
        </ul>
      </EmptyState>
    </div>
  );
}
