import { useState } from 'react';
import type { PipelineConfig } from '../../../../shared/contract';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { usePipeline } from '../../stores/pipeline';
import { describeScene } from './scene-draft';
import { SceneOverrideDialog } from './SceneOverrideDialog';

/** Every scene with what it overrides; Edit opens the override dialog. */
export function SceneOverridesCard({ config }: { config: PipelineConfig }) {
  const scenes = usePipeline((s) => s.scenes);
  const [editing, setEditing] = useState<{ name: string; label: string } | null>(null);
  // Overrides can outlive their scene: list those too, so they can be removed.
  const rows = [
    ...scenes.map((s) => ({ name: s.name, label: s.label })),
    ...Object.keys(config.scenes)
      .filter((name) => !scenes.some((s) => s.name === name))
      .map((name) => ({ name, label: name })),
  ];
  return (
    <Card title="Scene overrides" description="A scene can change the policy, cache and content filter for its own requests.">
      {rows.length === 0 ? (
        <p className="muted">No scenes yet.</p>
      ) : (
        <ul className="scene-list" aria-label="Scenes">
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
                    <span className="muted">Uses the defaults</span>
                  ) : (
                    words.map((w) => (
                      <Badge key={w} tone="accent">
                        {w}
                      </Badge>
                    ))
                  )}
                </div>
                <Button size="sm" variant="ghost" icon={<Icon name="edit" size={14} />} aria-label={`Edit overrides for ${row.label}`} onClick={() => setEditing(row)}>
                  Edit
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
