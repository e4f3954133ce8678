import type { RecordingView } from '../../../../shared/contract';
import { Menu, type MenuItem } from '../../components/Menu';
import { Spinner } from '../../components/Spinner';
import { useTranscriptionDetail, type ExportFormat } from '../../stores/transcriptionDetail';
import { TxIcon } from './TxIcon';

const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'txt', label: 'Text (TXT)' },
  { format: 'md', label: 'Markdown (MD)' },
  { format: 'srt', label: 'Subtitles (SRT)' },
  { format: 'vtt', label: 'Subtitles (VTT)' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'json', label: 'Data (JSON)' },
];

/** Downloads the transcript, with speaker names, in one of six formats. */
export function ExportMenu({ recording: r }: { recording: RecordingView }) {
  const exporting = useTranscriptionDetail((s) => s.exporting);
  const exportAs = useTranscriptionDetail((s) => s.exportAs);
  const items: MenuItem[] = FORMATS.map((f) => ({ label: f.label, onSelect: () => void exportAs(f.format), disabled: exporting !== null }));
  return (
    <Menu label={`Export ${r.name}`} items={items} variant="secondary" size="md">
      {exporting ? <Spinner size="sm" /> : <TxIcon name="download" size={15} />}
      Export
    </Menu>
  );
}
