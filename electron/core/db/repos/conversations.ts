import type { ConversationSummary } from '../../../../shared/contract';
import type { Db } from '../connection';

interface Raw {
  id: string;
  title: string;
  scene_id: string | null;
  provider_id: string | null;
  model: string | null;
  folder: string | null;
  tags: string;
  pinned: number;
  archived: number;
  history_limit: number | null;
  active_leaf_id: string | null;
  cost_micros: number;
  created_at: string;
  updated_at: string;
}

export type ConversationRow = ConversationSummary & { activeLeafId: string | null };

const toRow = (r: Raw): ConversationRow => ({
  id: r.id,
  title: r.title,
  sceneId: r.scene_id,
  providerId: r.provider_id,
  model: r.model,
  folder: r.folder,
  tags: JSON.parse(r.tags) as string[],
  pinned: r.pinned === 1,
  archived: r.archived === 1,
  historyLimit: r.history_limit,
  activeLeafId: r.active_leaf_id,
  costMicros: r.cost_micros,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function createConversationsRepo(db: Db) {
  const list = db.prepare<{ archived: number; limit: number; offset: number }, Raw>(
    'SELECT * FROM conversations WHERE deleted_at IS NULL AND archived = @archived ORDER BY pinned DESC, updated_at DESC LIMIT @limit OFFSET @offset',
  );
  const get = db.prepare<[string], Raw>('SELECT * FROM conversations WHERE id = ? AND deleted_at IS NULL');
  const getAny = db.prepare<[string], Raw>('SELECT * FROM conversations WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO conversations (id, title, scene_id, provider_id, model, folder, tags, pinned, archived, history_limit, active_leaf_id, cost_micros, created_at, updated_at)
    VALUES (@id, @title, @sceneId, @providerId, @model, @folder, @tags, @pinned, @archived, @historyLimit, @activeLeafId, @costMicros, @createdAt, @updatedAt)`);
  const update = db.prepare(`
    UPDATE conversations SET title = @title, scene_id = @sceneId, provider_id = @providerId, model = @model, folder = @folder, tags = @tags,
      pinned = @pinned, archived = @archived, history_limit = @historyLimit, active_leaf_id = @activeLeafId, updated_at = @updatedAt WHERE id = @id`);
  const addCost = db.prepare('UPDATE conversations SET cost_micros = cost_micros + ?, updated_at = ? WHERE id = ?');
  const softDelete = db.prepare('UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const restore = db.prepare('UPDATE conversations SET deleted_at = NULL WHERE id = ?');
  const purge = db.prepare('DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  const params = (c: ConversationRow) => ({ ...c, tags: JSON.stringify(c.tags), pinned: c.pinned ? 1 : 0, archived: c.archived ? 1 : 0 });
  return {
    list: (archived: boolean, limit: number, offset: number) => list.all({ archived: archived ? 1 : 0, limit, offset }).map(toRow),
    get: (id: string) => {
      const r = get.get(id);
      return r ? toRow(r) : undefined;
    },
    getIncludingDeleted: (id: string) => {
      const r = getAny.get(id);
      return r ? toRow(r) : undefined;
    },
    insert: (c: ConversationRow) => void insert.run(params(c)),
    update: (c: ConversationRow) => void update.run(params(c)),
    addCost: (id: string, micros: number) => void addCost.run(micros, new Date().toISOString(), id),
    softDelete: (id: string) => softDelete.run(new Date().toISOString(), id).changes > 0,
    restore: (id: string) => void restore.run(id),
    /** Deletes for good what has been in the trash since before `before`. */
    purgeDeleted: (before: string) => purge.run(before).changes,
  };
}
export type ConversationsRepo = ReturnType<typeof createConversationsRepo>;
