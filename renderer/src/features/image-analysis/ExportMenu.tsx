import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useVision } from '../../stores/image-analysis/vision';

/** CSV, XLSX and JSON of the results (corrections win over the model's answers). */
export function ExportMenu() {
  const { t } = useTranslation('vision');
  const exportAs = useVision((s) => s.exportAs);
  return (
    <div className="va-export" role="group" aria-label={t('export.label')}>
      <Button size="sm" onClick={() => void exportAs('csv')}>CSV</Button>
      <Button size="sm" onClick={() => void exportAs('xlsx')}>XLSX</Button>
      <Button size="sm" onClick={() => void exportAs('json')}>JSON</Button>
    </div>
  );
}
