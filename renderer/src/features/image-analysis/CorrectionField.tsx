import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisionItem } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { useVision } from '../../stores/image-analysis/vision';

const show = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** A field's model answer, and a correction kept apart from it (clearing it restores the model's value). */
export function CorrectionField({ item, column }: { item: VisionItem; column: string }) {
  const { t } = useTranslation('vision');
  const correct = useVision((s) => s.correct);
  const corrected = column in item.corrections;
  const [value, setValue] = useState(show(corrected ? item.corrections[column] : item.result?.[column]));
  const modelValue = show(item.result?.[column]);
  const save = () => {
    if (value === (corrected ? show(item.corrections[column]) : modelValue)) return;
    void correct(item.id, column, value === modelValue ? null : value);
  };
  return (
    <div className={`va-correction${corrected ? ' is-corrected' : ''}`}>
      <TextField label={column} value={value} onChange={setValue} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} />
      <p className="va-muted">
        {t('detail.modelSaid', { value: modelValue || t('detail.empty') })}
        {corrected && (
          <Button size="sm" variant="ghost" onClick={() => { setValue(modelValue); void correct(item.id, column, null); }}>
            {t('detail.restore')}
          </Button>
        )}
      </p>
    </div>
  );
}
