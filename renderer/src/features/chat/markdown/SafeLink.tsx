import { useState, type ComponentPropsWithoutRef } from 'react';
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
        title={plainHttp ? 'Open an unencrypted link?' : 'This link was not opened'}
        description={plainHttp ? 'It does not use https, so others on the network could see or change the page.' : 'Atelier opens only web links (https). Check where it points before you use it.'}
        footer={
          <>
            <Button onClick={() => setConfirming(false)} data-autofocus>
              {plainHttp ? 'Cancel' : 'Close'}
            </Button>
            {plainHttp && href && (
              <Button
                variant="primary"
                onClick={() => {
                  setConfirming(false);
                  openNewTab(href);
                }}
              >
                Open link
              </Button>
            )}
          </>
        }
      >
        <div className="link-check">
          <code className="link-check__url">{href || '(empty link)'}</code>
          {href && <CopyButton text={() => href} label="Copy link" />}
        </div>
      </Modal>
    </>
  );
}
