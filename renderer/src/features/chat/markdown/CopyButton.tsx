import { useEffect, useState } from 'react';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({ text, label = 'Copy', className }: { text: () => string; label?: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(t);
  }, [copied]);
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      icon={<Icon name={copied ? 'check' : 'copy'} size={13} />}
      aria-label={copied ? 'Copied' : label}
      title={label}
      onClick={() => {
        void navigator.clipboard.writeText(text()).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? 'Copied' : null}
    </Button>
  );
}
