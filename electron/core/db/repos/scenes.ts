import type { Scene } from '../../../../shared/contract';
import type { Db } from '../connection';

interface Raw {
  id: string;
  name: string;
  label: string;
  description: string;
  system_prompt: string;
  provider_id: string | null;
  model: string | null;
  temperature: number | null;
  json_schema: string | null;
  builtin: number;
}

const toScene = (r: Raw): Scene => ({
  id: r.id,
  name: r.name,
  label: r.label,
  description: r.description,
  systemPrompt: r.system_prompt,
  providerId: r.provider_id,
  model: r.model,
  temperature: r.temperature,
  jsonSchema: r.json_schema ? (JSON.parse(r.json_schema) as Scene['jsonSchema']) : null,
  builtin: r.builtin === 1,
});

export function createScenesRepo(db: Db) {
  const list = db.prepare<[], Raw>('SELECT * FROM scenes ORDER BY builtin DESC, label');
  const get = db.prepare<[string], Raw>('SELECT * FROM scenes WHERE id = ?');
  const byName = db.prepare<[string], Raw>('SELECT * FROM scenes WHERE name = ? COLLATE NOCASE');
  const upsert = db.prepare(`
    INSERT INTO scenes (id, name, label, description, system_prompt, provider_id, model, temperature, json_schema, builtin, created_at, updated_at)
    VALUES (@id, @name, @label, @description, @systemPrompt, @providerId, @model, @temperature, @jsonSchema, @builtin, @now, @now)
    ON CONFLICT(id) DO UPDATE SET name = excluded.name, label = excluded.label, description = excluded.description,
      system_prompt = excluded.system_prompt, provider_id = excluded.provider_id, model = excluded.model,
      temperature = excluded.temperature, json_schema = excluded.json_schema, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM scenes WHERE id = ? AND builtin = 0');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM scenes');
  return {
    list: () => list.all().map(toScene),
    get: (id: string) => {
      const r = get.get(id);
      return r ? toScene(r) : undefined;
    },
    findByName: (name: string) => {
      const r = byName.get(name);
      return r ? toScene(r) : undefined;
    },
    save: (scene: Scene) =>
      void upsert.run({ ...scene, jsonSchema: scene.jsonSchema ? JSON.stringify(scene.jsonSchema) : null, builtin: scene.builtin ? 1 : 0, now: new Date().toISOString() }),
    remove: (id: string) => remove.run(id).changes > 0,
    isEmpty: () => count.get()!.n === 0,
  };
}
export type ScenesRepo = ReturnType<typeof createScenesRepo>;
