/**
 * Files and folders into a batch. Folders are read recursively (hidden entries skipped); each file is
 * probed from its header only, so a folder of thousands is taken in quickly, and a file that cannot be
 * read becomes a failed item with its reason instead of stopping the rest.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure, makeError } from '../../../../shared/errors';
import type { VisionRepo } from '../../db/repos/vision';
import { decodeError, probeImage, thumbnail } from '../../media/image-prepare';
import type { MediaStore } from '../../media/store';
import { storeThumb } from './thumbs';

/** Extensions taken from folders (others, such as .txt or .DS_Store, are left out). HEIC is taken to say why it cannot be read. */
export const IMAGE_EXT = /\.(jpe?g|jfif|png|webp|gif|tiff?|avif|heic|heif)$/i;
/** Thumbnails made at intake; the rest are made as images are analysed or previewed. */
const EAGER_THUMBS = 60;

export interface IntakeFile {
  file: string;
  name: string;
  folder: string;
}

/** Every image file under the given paths (files are taken as they are, whatever their extension). */
export function expandPaths(paths: string[]): { files: IntakeFile[]; ignored: number } {
  const files: IntakeFile[] = [];
  let ignored = 0;
  const walk = (dir: string, root: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, root);
      else if (e.isFile() && IMAGE_EXT.test(e.name)) files.push({ file: p, name: e.name, folder: path.relative(root, dir) });
      else ignored++;
    }
  };
  for (const p of paths) {
    const resolved = path.resolve(p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(resolved);
    } catch {
      throw new AppFailure('not_found', `There is no file or folder at ${resolved}.`);
    }
    if (stat.isDirectory()) walk(resolved, path.dirname(resolved));
    else files.push({ file: resolved, name: path.basename(resolved), folder: '' });
  }
  return { files, ignored };
}

/** Splits an uploaded relative name ("trip/day 1/IMG_1.jpg") into folder and file name. */
export function splitUploadName(name: string): { name: string; folder: string } {
  const parts = name.split(/[\\/]/).filter(Boolean);
  return { name: parts.pop() ?? name, folder: parts.join('/') };
}

export async function intakeFiles(deps: { repo: VisionRepo; media: MediaStore }, batchId: string, files: IntakeFile[]): Promise<void> {
  let idx = deps.repo.nextIdx(batchId);
  for (const f of files) {
    const id = crypto.randomUUID();
    let bytes = 0;
    try {
      bytes = fs.statSync(f.file).size;
    } catch {
      // reported by the probe below
    }
    try {
      const probe = await probeImage(f.file, f.name);
      // The first images are decoded whole (once) for their thumbnails, which also finds truncated files early.
      const thumb = idx < EAGER_THUMBS ? await thumbnail(f.file).catch((error: unknown) => {
        throw decodeError(f.name, error);
      }) : null;
      deps.repo.insertItem({ id, batchId, idx: idx++, name: f.name, folder: f.folder, sourcePath: f.file, bytes, format: probe.format, width: probe.width, height: probe.height, thumbHash: null, state: 'pending', error: null });
      if (thumb) storeThumb(deps.media, deps.repo, { id, name: f.name }, thumb);
    } catch (error) {
      const e = error instanceof AppFailure ? makeError(error.code, error.message) : makeError('unsupported_format', `"${f.name}" could not be read.`);
      deps.repo.insertItem({ id, batchId, idx: idx++, name: f.name, folder: f.folder, sourcePath: f.file, bytes, format: null, width: null, height: null, thumbHash: null, state: 'failed', error: e });
    }
  }
}
