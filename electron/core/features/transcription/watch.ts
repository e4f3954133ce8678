import fs from 'node:fs';
import path from 'node:path';
import type { WatchFolder } from '../../../../shared/contract';
import type { WatchFoldersRepo } from '../../db/repos/watch-folders';
import type { Logger } from '../../log';
import { RECORDING_EXTENSIONS } from './service';

/** A file is taken once its size has stopped changing for this long (still being copied otherwise). */
const SETTLE_MS = 2000;
const RESCAN_MS = 30_000;

/**
 * Watches folders (e.g. a team's shared drive) and queues every new recording once it is fully
 * written. fs.watch is unreliable on network drives, so folders are also rescanned periodically.
 */
export function createFolderWatcher(deps: { repo: WatchFoldersRepo; log: Logger; queue: (file: string, folder: WatchFolder) => Promise<string | null> }) {
  const watchers = new Map<string, fs.FSWatcher>();
  const pending = new Map<string, NodeJS.Timeout>();
  let rescan: NodeJS.Timeout | null = null;

  const consider = (folder: WatchFolder, file: string) => {
    if (!RECORDING_EXTENSIONS.test(file) || path.basename(file).startsWith('.')) return;
    clearTimeout(pending.get(file));
    const first = fs.existsSync(file) ? fs.statSync(file) : null;
    if (!first?.isFile()) return;
    const timer = setTimeout(() => {
      pending.delete(file);
      if (!fs.existsSync(file)) return;
      const now = fs.statSync(file);
      if (now.size !== first.size || now.size === 0) return consider(folder, file);
      if (deps.repo.alreadyQueued(file, now.size, now.mtimeMs)) return;
      // Marked before queuing, so a rescan during the copy into the data folder does not queue it twice.
      deps.repo.markQueued(file, now.size, now.mtimeMs, null);
      deps.queue(file, folder).then(
        (id) => deps.repo.markQueued(file, now.size, now.mtimeMs, id),
        (error: unknown) => deps.log.warn('watch.queue_failed', { file: path.basename(file), error: (error as Error).message }),
      );
    }, SETTLE_MS);
    timer.unref();
    pending.set(file, timer);
  };

  const scan = (folder: WatchFolder) => {
    try {
      for (const name of fs.readdirSync(folder.path)) consider(folder, path.join(folder.path, name));
    } catch (error) {
      deps.log.warn('watch.scan_failed', { folder: folder.path, error: (error as Error).message });
    }
  };

  const watch = (folder: WatchFolder) => {
    scan(folder);
    try {
      const w = fs.watch(folder.path, (_event, name) => name && consider(folder, path.join(folder.path, name.toString())));
      w.on('error', () => w.close());
      watchers.set(folder.id, w);
    } catch (error) {
      deps.log.warn('watch.unavailable', { folder: folder.path, error: (error as Error).message });
    }
  };

  return {
    start() {
      for (const f of deps.repo.list()) watch(f);
      rescan = setInterval(() => deps.repo.list().forEach(scan), RESCAN_MS);
      rescan.unref();
    },
    add: watch,
    remove(id: string) {
      watchers.get(id)?.close();
      watchers.delete(id);
    },
    stop() {
      for (const w of watchers.values()) w.close();
      watchers.clear();
      for (const t of pending.values()) clearTimeout(t);
      if (rescan) clearInterval(rescan);
    },
  };
}
