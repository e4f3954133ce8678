import { useState, type ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtraProps } from 'react-markdown';
import { Button } from '../../../components/Button';
import { Modal } from '../../../components/Modal';
import { CopyButton } from './CopyButton';

/** Links in replies open only when they are https; anything else is shown first so nobody is tricked. */
export function isAllowedLink(href: string | undefined): href is string {
  if (!href) return false;
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

const openNewTab = (href: string) => window.open(href, '_blank', 'noopener,noreferrer');

export function SafeLink({ href, children, node: _node, ...rest }: ComponentPropsWithoutRef<'a'> & ExtraProps) {
  const [confirming, setConfirming] = useState(false);
  const { t } = useTranslation('chat');
  const safe = isAllowedLink(href);
  const plainHttp = Boolean(href && /^http:\/\//i.test(href));
  return (
    <>
      <a
        {...rest}
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        title={href}
        onClick={(e) => {
          e.preventDefault();
          if (safe) openNewTab(href);
          else setConfirming(true);
        }}
      >
        {children}
      </a>
      <Modal
        open={confirming}
        onClose={() => setConfirming(false)}
        size="sm"
        title={plainHttp ? t('markdown.unencryptedTitle') : t('markdown.blockedTitle')}
        description={plainHttp ? t('markdown.unencryptedText') : t('markdown.blockedText')}
        footer={
          <>
            <Button onClick={() => setConfirming(false)} data-autofocus>
              {plainHttp ? t('markdown.cancel') : t('markdown.close')}
            </Button>
            {plainHttp && href && (
              <Button
                variant="primary"
                onClick={() => {
                  setConfirming(false);
                  openNewTab(href);
                }}
              >
                {t('markdown.openLink')}
              </Button>
            )}
          </>
        }
      >
        <div className="link-check">
          <code className="link-check__url">{href || t('markdown.emptyLink')}</code>
          {href && <CopyButton text={() => href} label={t('markdown.copyLink')} />}
        </div>
      </Modal>
    </>
  );
}
