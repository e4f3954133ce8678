import type { ItemRow, VisionRepo } from '../../db/repos/vision';
import { thumbnail } from '../../media/image-prepare';
import type { MediaStore } from '../../media/store';

type ThumbItem = Pick<ItemRow, 'id' | 'sourcePath' | 'name'>;

/** Stores a thumbnail already made, once, in the media store (served as an attachment URL). */
export function storeThumb(media: MediaStore, repo: Pick<VisionRepo, 'setThumb'>, item: Pick<ItemRow, 'id' | 'name'>, bytes: Buffer): string {
  const hash = media.put(bytes, 'image/jpeg', `thumb-${item.name}`.slice(0, 255));
  repo.setThumb(item.id, hash);
  return hash;
}

/**
 * A small JPEG of an image. `from` is the image as prepared for sending when there is one: it is
 * upright and already small, so the original is not decoded a second time.
 */
export async function thumbnailOf(media: MediaStore, repo: Pick<VisionRepo, 'setThumb'>, item: ThumbItem, from?: Buffer): Promise<string> {
  return storeThumb(media, repo, item, await thumbnail(from ?? item.sourcePath));
}
