import { useTranslation } from 'react-i18next';
import type { BatchState, ItemState } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';

const TONE: Record<string, 'neutral' | 'accent' | 'success' | 'warning' | 'danger'> = {
  draft: 'neutral', queued: 'neutral', running: 'accent', waiting_network: 'warning', paused: 'warning', done: 'success', failed: 'danger',
  cancelled: 'neutral', interrupted: 'warning', stopped_budget: 'warning', pending: 'neutral', skipped: 'warning',
};

export function StateBadge({ state }: { state: BatchState | ItemState }) {
  const { t } = useTranslation('vision');
  return <Badge tone={TONE[state] ?? 'neutral'}>{t(`state.${state}`)}</Badge>;
}
