import fs from 'node:fs';
import path from 'node:path';
import type { DataLocation } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import { flushLedger } from '../../db/repos/ledger';
import { DB_FILE, readPointer, writePointer, type ResolvedDataDir } from '../../data/location';

/** Folders copied along with the database when data moves. */
const DATA_SUBDIRS = ['media', 'secrets'];

const isInside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

export function createDataService(db: Db, location: ResolvedDataDir) {
  const describe = (): DataLocation => {
    const pointed = location.fromEnvironment ? null : readPointer(location.defaultDir) ?? location.defaultDir;
    return {
      current: location.dir,
      isDefault: location.dir === location.defaultDir,
      fromEnvironment: location.fromEnvironment,
      pending: pointed && pointed !== location.dir ? pointed : null,
    };
  };

  return {
    describe,
    /** Copies everything to target and points the next launch at it; the current folder is left intact. */
    async relocate(rawTarget: string): Promise<DataLocation> {
      if (location.fromEnvironment) throw new AppFailure('invalid_input', 'The data folder is set by ATELIER_DATA_DIR; change that variable instead.');
      if (!path.isAbsolute(rawTarget)) throw new AppFailure('invalid_input', 'Enter a full folder path, such as /home/you/Atelier.', { field: 'path' });
      const target = path.resolve(rawTarget);
      if (isInside(target, location.dir) || isInside(location.dir, target)) {
        throw new AppFailure('invalid_input', 'Choose a folder outside the current data folder (and not one that contains it).', { field: 'path' });
      }
      try {
        fs.mkdirSync(target, { recursive: true });
        fs.accessSync(target, fs.constants.W_OK);
      } catch {
        throw new AppFailure('invalid_input', `Atelier cannot write to ${target}. Choose a folder you own.`, { field: 'path' });
      }
      if (fs.existsSync(path.join(target, DB_FILE))) {
        throw new AppFailure('conflict', 'That folder already holds Atelier data. Choose an empty folder.', { field: 'path' });
      }
      flushLedger(db); // ledger rows written behind go with the copy
      await db.backup(path.join(target, DB_FILE));
      for (const sub of DATA_SUBDIRS) {
        const from = path.join(location.dir, sub);
        if (fs.existsSync(from)) fs.cpSync(from, path.join(target, sub), { recursive: true, preserveTimestamps: true });
      }
      writePointer(location.defaultDir, target);
      return describe();
    },
  };
}
