import { TxIcon } from './TxIcon';

/** Covers the screen while files are dragged over it. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="tx-drop-overlay" aria-hidden="true">
      <div className="tx-drop-overlay__panel">
        <span className="tx-drop-overlay__icon">
          <TxIcon name="upload" size={26} />
        </span>
        <p className="tx-drop-overlay__title">Drop recordings to transcribe</p>
        <p className="tx-drop-overlay__hint">m4a, mp3, wav, webm, ogg, flac, aac, mp4, mov or mkv — you confirm before anything is sent.</p>
      </div>
    </div>
  );
}
