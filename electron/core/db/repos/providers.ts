import type { ProviderKind } from '../../../../shared/contract';
import type { Db } from '../connection';

export interface ProviderRow {
  id: string;
  name: string;
  kind: ProviderKind;
  baseUrl: string;
  models: string[];
  modelsSource: 'fetched' | 'manual' | 'none';
  modelsUpdatedAt: string | null;
  keyLast4: string | null;
  keyBackend: string | null;
  createdAt: string;
}

interface RawRow {
  id: string;
  name: string;
  kind: ProviderKind;
  base_url: string;
  models: string;
  models_source: ProviderRow['modelsSource'];
  models_updated_at: string | null;
  key_last4: string | null;
  key_backend: string | null;
  created_at: string;
}

const toRow = (r: RawRow): ProviderRow => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  baseUrl: r.base_url,
  models: JSON.parse(r.models) as string[],
  modelsSource: r.models_source,
  modelsUpdatedAt: r.models_updated_at,
  keyLast4: r.key_last4,
  keyBackend: r.key_backend,
  createdAt: r.created_at,
});

export function createProvidersRepo(db: Db) {
  const list = db.prepare<[], RawRow>('SELECT * FROM providers ORDER BY created_at, name');
  const byId = db.prepare<[string], RawRow>('SELECT * FROM providers WHERE id = ?');
  const byName = db.prepare<[string], RawRow>('SELECT * FROM providers WHERE name = ? COLLATE NOCASE');
  const insert = db.prepare(
    `INSERT INTO providers (id, name, kind, base_url, models, models_source, models_updated_at, key_last4, key_backend, created_at)
     VALUES (@id, @name, @kind, @baseUrl, @models, @modelsSource, @modelsUpdatedAt, @keyLast4, @keyBackend, @createdAt)`,
  );
  const update = db.prepare(
    `UPDATE providers SET name = @name, base_url = @baseUrl, models = @models, models_source = @modelsSource,
       models_updated_at = @modelsUpdatedAt, key_last4 = @keyLast4, key_backend = @keyBackend WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM providers WHERE id = ?');
  const params = (row: ProviderRow) => ({ ...row, models: JSON.stringify(row.models) });
  return {
    list: () => list.all().map(toRow),
    get: (id: string) => {
      const r = byId.get(id);
      return r ? toRow(r) : undefined;
    },
    findByName: (name: string) => {
      const r = byName.get(name);
      return r ? toRow(r) : undefined;
    },
    insert: (row: ProviderRow) => void insert.run(params(row)),
    update: (row: ProviderRow) => void update.run(params(row)),
    /**
     * Rewrites rows whose old values held a secret so that no copy of it is left on disk: the freed
     * cell space is zeroed (secure_delete) and the WAL, which still holds the old page, is truncated.
     */
    updateErasingOld(rows: ProviderRow[]) {
      db.pragma('secure_delete = ON');
      try {
        db.transaction(() => rows.forEach((row) => update.run(params(row))))();
      } finally {
        db.pragma('secure_delete = OFF');
      }
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    remove: (id: string) => remove.run(id).changes > 0,
  };
}
export type ProvidersRepo = ReturnType<typeof createProvidersRepo>;
