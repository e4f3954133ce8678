import Database from 'better-sqlite3';
import { runMigrations } from './migrate';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path of the native addon built for the running runtime (Electron's ABI in the desktop app). */
  nativeBinding?: string;
}

/** How often committed work is made durable against power loss (see openDatabase). */
export const DURABILITY_INTERVAL_MS = 1000;

/**
 * WAL pages after which a commit checkpoints by itself (SQLite's default is 1,000). The timer above does
 * the checkpointing; this is only the bound for a burst of writes within one interval. At the default, a
 * busy second of model calls (a few pages each) made one call in a few hundred copy 4 MB into the database
 * inside its own commit, which set the pipeline's p99.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 16_384;

/**
 * Opens the app database: WAL, foreign keys enforced, all migrations applied.
 *
 * Durability: synchronous=NORMAL, so a commit costs no fsync (FULL added ~0.3 ms to every model
 * call, most of the pipeline's overhead). In WAL mode NORMAL loses nothing when the app crashes or
 * is killed; only an OS crash or power loss can drop commits not yet synced. A checkpoint every
 * DURABILITY_INTERVAL_MS syncs the WAL, bounding that window to about a second.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  runMigrations(db);
  const timer = setInterval(() => {
    if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
  }, DURABILITY_INTERVAL_MS);
  timer.unref();
  const close = db.close.bind(db);
  db.close = () => {
    clearInterval(timer);
    return close();
  };
  return db;
}
