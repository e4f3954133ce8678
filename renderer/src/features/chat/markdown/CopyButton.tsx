import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({ text, label, className }: { text: () => string; label?: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  const { t } = useTranslation('chat');
  const name = label ?? t('markdown.copy');
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      icon={<Icon name={copied ? 'check' : 'copy'} size={13} />}
      aria-label={copied ? t('markdown.copied') : name}
      title={name}
      onClick={() => {
        void navigator.clipboard.writeText(text()).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? t('markdown.copied') : null}
    </Button>
  );
}
