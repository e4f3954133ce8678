import { useTranslation } from 'react-i18next';
import type { Warning } from '../../../shared/contract';
import { useMoney } from '../stores/chat/currency';
import { sceneLabel, usePipeline } from '../stores/settings/pipeline';
import { wordWarning } from './warnings';

/** Words core's warnings in the interface language and the user's currency; re-renders when either changes. */
export function useWarningWords(): (w: Warning) => string {
  useTranslation('core');
  const money = useMoney();
  const scenes = usePipeline((s) => s.scenes);
  return (w) => wordWarning(w, money, (name) => sceneLabel(scenes, name));
}
