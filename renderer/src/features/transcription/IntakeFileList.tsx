import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { useTranscriptionIntake } from '../../stores/transcriptionIntake';
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
  return (
    <table className="tx-files">
      <caption className="visually-hidden">Recordings to transcribe</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Size</th>
          <th scope="col">Length</th>
          <th scope="col">Estimate</th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
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
              <td>{f.durationMs === undefined ? <Spinner size="sm" label="Reading the length" /> : f.durationMs === null ? <span className="muted">unknown</span> : clock(f.durationMs)}</td>
              <td>{e === 'reading' ? '…' : e === 'unknown-length' ? <span className="muted">unknown</span> : e === 'unknown-price' ? <span className="muted">price unknown</span> : money(e)}</td>
              <td className="tx-files__remove">
                <Button variant="ghost" size="sm" iconOnly aria-label={`Leave out ${f.file.name}`} disabled={locked} icon={<TxIcon name="x" size={13} />} onClick={() => removeFile(f.key)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
