import { TxIcon } from './TxIcon';

/** The detail pane before a recording is picked. */
export function NothingOpen() {
  return (
    <div className="tx-nothing">
      <span className="tx-nothing__icon">
        <TxIcon name="fileAudio" size={22} />
      </span>
      <p className="tx-nothing__title">Pick a recording</p>
      <p className="tx-nothing__text">Its transcript, speakers and minutes open here. Drop more files anywhere on this screen to queue them.</p>
    </div>
  );
}
