import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Select } from '../../components/Select';
import { Switch } from '../../components/Switch';
import { useApp } from '../../stores/shell/app';
import { useLive } from '../../stores/live/live';
import { TxIcon } from '../transcription/TxIcon';
import { systemAudioSupported } from './capture';

/** Before recording: which microphone, system audio, speakers. */
export function LiveSetup() {
  const { t } = useTranslation('live');
  const devices = useLive((s) => s.devices);
  const deviceId = useLive((s) => s.deviceId);
  const system = useLive((s) => s.system);
  const diarize = useLive((s) => s.diarize);
  const phase = useLive((s) => s.phase);
  const error = useLive((s) => s.error);
  const host = useApp((s) => s.info);
  const { setDevice, setSystem, setDiarize, start, hide } = useLive.getState();
  return (
    <div className="live-setup" data-testid="live-setup">
      <div className="live-setup__head">
        <span className="live-setup__icon"><TxIcon name="mic" size={22} /></span>
        <div>
          <h2 className="live-setup__title">{t('title')}</h2>
          <p className="live-setup__intro">{t('intro')}</p>
        </div>
      </div>
      {error && <ErrorCallout error={error} />}
      <Select label={t('microphone')} value={deviceId ?? ''} onChange={(v) => setDevice(v || null)}>
        {devices.length === 0 && <option value="">{t('defaultMicrophone')}</option>}
        {devices.map((d) => (
          <option key={d.id} value={d.id}>{d.label}</option>
        ))}
      </Select>
      {systemAudioSupported(host) && <Switch label={t('systemAudio')} description={t('systemAudioHelp')} checked={system} onChange={setSystem} />}
      <Switch label={t('speakers')} description={t('speakersHelp')} checked={diarize} onChange={setDiarize} />
      <div className="live-setup__actions">
        <Button onClick={hide}>{t('cancel')}</Button>
        <Button variant="primary" icon={<TxIcon name="mic" size={15} />} loading={phase === 'starting'} onClick={() => void start()} data-testid="live-start">
          {phase === 'starting' ? t('starting') : t('start')}
        </Button>
      </div>
    </div>
  );
}
