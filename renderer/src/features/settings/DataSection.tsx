import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/errors';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { Skeleton } from '../../components/Skeleton';
import { TextField } from '../../components/TextField';
import { useData } from '../../stores/data';
import { toastSuccess } from '../../stores/toasts';
import '../../styles/usage-settings.css';

export function DataSection() {
  const location = useData((s) => s.location);
  const relocate = useData((s) => s.relocate);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await relocate(path);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setPath('');
    toastSuccess('Data copied', `Atelier will use ${r.value.pending ?? path} from the next launch.`);
  };
  const pathError = error?.details?.field === 'path' ? error.message : null;

  return (
    <Section title="Data" description="Conversations, images, transcripts, the usage ledger and encrypted keys all live in one folder.">
      <Card>
        {location ? (
          <div className="stack">
            <div className="data-path">
              <Icon name="folder" size={18} />
              <code className="data-path__value" data-testid="data-dir">
                {location.current}
              </code>
              <Badge>{location.isDefault ? 'Default location' : 'Custom location'}</Badge>
            </div>
            {location.pending && (
              <Callout title="Moving at the next launch">
                Your data was copied to <code>{location.pending}</code>, which is used from next launch. The current folder stays as it is until then.
              </Callout>
            )}
          </div>
        ) : (
          <Skeleton height={32} />
        )}
      </Card>
      <Card title="Move data" description="Copies everything to another folder; Atelier uses it from the next launch.">
        {location?.fromEnvironment && (
          // The form stays usable and the core still refuses with its own message; this says why up front.
          <Callout title="This folder is set by ATELIER_DATA_DIR" className="data-env-note">
            Atelier was started with the <code>ATELIER_DATA_DIR</code> environment variable, which decides where data lives. To move it, copy the folder and point the variable at the copy
            before the next launch.
          </Callout>
        )}
        <form className="relocate-form" onSubmit={(e) => void submit(e)}>
          <TextField
            label="New folder"
            value={path}
            onChange={(v) => {
              setPath(v);
              setError(null);
            }}
            mono
            placeholder="/home/you/Atelier"
            error={pathError}
            help="A full path to an empty folder you own. It is created if needed."
          />
          <Button type="submit" loading={busy} disabled={!path.trim()}>
            Move data…
          </Button>
        </form>
        {error && !pathError && (
          <div style={{ marginTop: 12 }}>
            <ErrorCallout error={error} />
          </div>
        )}
      </Card>
    </Section>
  );
}
