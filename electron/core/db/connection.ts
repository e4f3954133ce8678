import Database from 'better-sqlite3';
import { runMigrations } from './migrate';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path of the native addon built for the running runtime (Electron's ABI in the desktop app). */
  nativeBinding?: string;
}

/**
 * Opens the app database: WAL for concurrent readers, synchronous=FULL so a power loss cannot
 * drop committed ledger or queue rows, foreign keys enforced, and all migrations applied.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  runMigrations(db);
  return db;
}
