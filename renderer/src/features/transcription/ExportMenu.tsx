import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { Menu, type MenuItem } from '../../components/Menu';
import { Spinner } from '../../components/Spinner';
import { useTranscriptionDetail, type ExportFormat } from '../../stores/transcription/detail';
import { TxIcon } from './TxIcon';

const FORMATS = ['txt', 'md', 'srt', 'vtt', 'docx', 'json'] as const satisfies readonly ExportFormat[];

/** Downloads the transcript, with speaker names, in one of six formats. */
export function ExportMenu({ recording: r }: { recording: RecordingView }) {
  const exporting = useTranscriptionDetail((s) => s.exporting);
  const exportAs = useTranscriptionDetail((s) => s.exportAs);
  const { t } = useTranslation('transcription');
  const items: MenuItem[] = FORMATS.map((f) => ({ label: t(`detail.formats.${f}`), onSelect: () => void exportAs(f), disabled: exporting !== null }));
  return (
    <Menu label={t('detail.exportNamed', { name: r.name })} items={items} variant="secondary" size="md">
      {exporting ? <Spinner size="sm" /> : <TxIcon name="download" size={15} />}
      {t('minutes.export')}
    </Menu>
  );
}
