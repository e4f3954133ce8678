import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { PipelineConfig } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { usePipeline } from '../../stores/settings/pipeline';
import { describeScene } from './scene-draft';
import { SceneOverrideDialog } from './SceneOverrideDialog';
import { sceneLabel } from '../../lib/builtins';

/** Every scene with what it overrides; Edit opens the override dialog. */
export function SceneOverridesCard({ config }: { config: PipelineConfig }) {
  const { t } = useTranslation('settings');
  const scenes = usePipeline((s) => s.scenes);
  const [editing, setEditing] = useState<{ name: string; label: string } | null>(null);
  // Overrides can outlive their scene: list those too, so they can be removed.
  const rows = [
    ...scenes.map((s) => ({ name: s.name, label: sceneLabel(s) })),
    ...Object.keys(config.scenes)
      .filter((name) => !scenes.some((s) => s.name === name))
      .map((name) => ({ name, label: name })),
  ];
  return (
    <Card title={t('sceneOverrides.title')} description={t('sceneOverrides.description')}>
      {rows.length === 0 ? (
        <p className="muted">{t('sceneOverrides.none')}</p>
      ) : (
        <ul className="scene-list" aria-label={t('sceneOverrides.list')}>
          {rows.map((row) => {
            const words = describeScene(config.scenes[row.name]);
            return (
              <li key={row.name} className="scene-list__row" aria-label={row.label}>
                <div className="scene-list__name">
                  <p className="scene-list__label">{row.label}</p>
                  <p className="scene-list__billing mono">{row.name}</p>
                </div>
                <div className="scene-list__summary">
                  {words.length === 0 ? (
                    <span className="muted">{t('sceneOverrides.usesDefaults')}</span>
                  ) : (
                    words.map((w) => (
                      <Badge key={w} tone="accent">
                        {w}
                      </Badge>
                    ))
                  )}
                </div>
                <Button size="sm" variant="ghost" icon={<Icon name="edit" size={14} />} aria-label={t('sceneOverrides.editFor', { scene: row.label })} onClick={() => setEditing(row)}>
                  {t('sceneOverrides.edit')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {editing && <SceneOverrideDialog config={config} scene={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
