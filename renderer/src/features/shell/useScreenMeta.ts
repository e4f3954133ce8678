import { useTranslation } from 'react-i18next';
import type { ScreenId } from '../../lib/screens';

/** A screen's name and one-line description in the interface language. */
export function useScreenMeta(id: ScreenId): { title: string; description: string } {
  const { t } = useTranslation('shell');
  return { title: t(`screens.${id}.title`), description: t(`screens.${id}.description`) };
}
