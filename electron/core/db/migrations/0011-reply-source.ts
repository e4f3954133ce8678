import type { Migration } from '../migrate';

/**
 * Each reply remembers the scene and structured-output schema that produced it, so changing a
 * conversation's scene later never turns an old table back into raw JSON (or plain text into a table).
 * Existing replies take their conversation's scene as it is now: the best record there is of it.
 */
export const m0011ReplySource: Migration = {
  version: 11,
  name: 'reply-source',
  up(db) {
    db.exec(`
      ALTER TABLE messages ADD COLUMN produced_by TEXT;
      UPDATE messages SET produced_by = (
        SELECT json_object('sceneId', s.id, 'sceneLabel', s.label, 'schemaName', json_extract(s.json_schema, '$.name'))
        FROM conversations c LEFT JOIN scenes s ON s.id = c.scene_id WHERE c.id = messages.conversation_id
      ) WHERE role = 'assistant';
    `);
  },
};
