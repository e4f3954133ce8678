import { Badge } from '../../components/Badge';
import { Callout } from '../../components/Callout';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { Skeleton } from '../../components/Skeleton';
import { useVault } from '../../stores/vault';

export function KeyStorageSection() {
  const status = useVault((s) => s.status);
  const loadError = useVault((s) => s.loadError);
  return (
    <Section title="Key storage" description="Where API keys are kept on this machine. Atelier never shows a stored key again — only its last four characters.">
      {loadError && !status && <ErrorCallout error={loadError} />}
      {!status && !loadError && <Skeleton height={88} />}
      {status && (
        <>
          {status.weak ? (
            <Callout tone="warning" title="Your API keys are only weakly protected" icon="shieldAlert">
              {status.warning ?? 'Keys are obfuscated, not protected by the operating system.'}
            </Callout>
          ) : (
            <Callout tone="success" title="Keys are protected by your operating system" icon="shield">
              Other programs and people without access to your account cannot read them.
            </Callout>
          )}
          <Card>
            <div className="vault-row">
              <div className={`vault-row__icon ${status.weak ? 'is-weak' : ''}`} aria-hidden="true">
                <Icon name={status.weak ? 'shieldAlert' : 'shield'} size={20} />
              </div>
              <div className="vault-row__text">
                <p className="vault-row__label">{status.label}</p>
                <p className="muted">Keys are stored here and used only by Atelier&apos;s core, never by the window.</p>
              </div>
              <Badge tone={status.weak ? 'warning' : 'success'}>{status.weak ? 'Weak protection' : 'Protected'}</Badge>
            </div>
          </Card>
        </>
      )}
    </Section>
  );
}
