import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/errors';
import { usefulHint } from '../lib/errors';
import { Callout } from './Callout';

/** An AppError as a person reads it: what happened, then what to do. Never raw codes or JSON. */
export function ErrorCallout({ error, actions }: { error: AppError; actions?: ReactNode }) {
  return (
    <Callout tone="error" title={error.message} actions={actions}>
      {usefulHint(error)}
    </Callout>
  );
}
