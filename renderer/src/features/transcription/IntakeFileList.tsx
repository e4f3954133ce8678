import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { useTranscriptionIntake } from '../../stores/transcription/intake';
import { fileEstimate } from './estimate';
import { bytes, clock } from './format';
import { useMoney, usePriceOverrides } from './hooks';
import { TxIcon } from './TxIcon';

/** The files about to be queued, with the length the browser read and what each will cost. */
export function IntakeFileList() {
  const files = useTranscriptionIntake((s) => s.files);
  const model = useTranscriptionIntake((s) => s.model?.model ?? null);
  const locked = useTranscriptionIntake((s) => s.phase !== 'editing');
  const removeFile = useTranscriptionIntake((s) => s.removeFile);
  const overrides = usePriceOverrides();
  const money = useMoney();
  const { t } = useTranslation('transcription');
  return (
    <table className="tx-files">
      <caption className="visually-hidden">{t('intakeDialog.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('intakeDialog.file')}</th>
          <th scope="col">{t('intakeDialog.size')}</th>
          <th scope="col">{t('intakeDialog.length')}</th>
          <th scope="col">{t('intakeDialog.estimate')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('intakeDialog.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => {
          const e = fileEstimate(model, f, overrides);
          return (
            <tr key={f.key}>
              <th scope="row">
                <span className="tx-files__name">
                  <TxIcon name="fileAudio" size={15} />
                  <span title={f.file.name}>{f.file.name}</span>
                </span>
              </th>
              <td>{bytes(f.file.size)}</td>
              <td>{f.durationMs === undefined ? <Spinner size="sm" label={t('intakeDialog.reading')} /> : f.durationMs === null ? <span className="muted">{t('intakeDialog.unknown')}</span> : clock(f.durationMs)}</td>
              <td>{e === 'reading' ? '…' : e === 'unknown-length' ? <span className="muted">{t('intakeDialog.unknown')}</span> : e === 'unknown-price' ? <span className="muted">{t('intakeDialog.priceUnknown')}</span> : money(e)}</td>
              <td className="tx-files__remove">
                <Button variant="ghost" size="sm" iconOnly aria-label={t('intakeDialog.leaveOut', { name: f.file.name })} disabled={locked} icon={<TxIcon name="x" size={13} />} onClick={() => removeFile(f.key)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
