import Database from 'better-sqlite3';
import { runMigrations } from '../db/migrate';
import { migrations } from '../db/migrations';

/**
 * For the search migrations' tests: a database migrated up to `version`, holding three messages (Chinese,
 * Japanese, English; rowids 1–3) and one recording with a Chinese transcript segment (id 1).
 */
export function searchRowsAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, migrations.filter((m) => m.version <= version));
  db.prepare("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c', 't', 'n', 'n')").run();
  const message = db.prepare("INSERT INTO messages (id, conversation_id, role, content, status, seq, created_at, updated_at) VALUES (?, 'c', 'user', ?, 'complete', ?, 'n', 'n')");
  message.run('m1', '今天天气很好，我们讨论了预算审批。', 1);
  message.run('m2', '会議の議事録を作成しました', 2);
  message.run('m3', 'The quarterly refund report', 3);
  db.prepare("INSERT INTO recordings (id, name, source_path, bytes, provider_id, model, created_at, updated_at) VALUES ('r', 'standup.m4a', '/x', 10, 'p', 'whisper-1', 'n', 'n')").run();
  db.prepare("INSERT INTO transcript_segments (recording_id, idx, start_ms, end_ms, text) VALUES ('r', 0, 0, 1000, '下个季度的招聘计划已经确定')").run();
  return db;
}
