import type Database from 'better-sqlite3';
import { registerSearchFunctions } from './fts';
import { migrations } from './migrations';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Applies every migration newer than the database's user_version, each in its own transaction. */
export function runMigrations(db: Database.Database, list: readonly Migration[] = migrations): number {
  // The search indexes' triggers call these, so a connection needs them before it writes (and a migration
  // that backfills an index needs them too).
  registerSearchFunctions(db);
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = list.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`This data folder was written by a newer version of Atelier (schema ${current}, this build knows ${newest}). Update Atelier to open it.`);
  }
  let applied = 0;
  for (const migration of list) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied++;
  }
  return applied;
}
