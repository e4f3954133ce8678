import type { ItemRow, VisionRepo } from '../../db/repos/vision';
import { thumbnail } from '../../media/image-prepare';
import type { MediaStore } from '../../media/store';

/** A small JPEG of an image, stored once in the media store and served as an attachment URL. */
export async function thumbnailOf(media: MediaStore, repo: Pick<VisionRepo, 'setThumb'>, item: Pick<ItemRow, 'id' | 'sourcePath' | 'name'>): Promise<string> {
  const bytes = await thumbnail(item.sourcePath);
  const hash = media.put(bytes, 'image/jpeg', `thumb-${item.name}`.slice(0, 255));
  repo.setThumb(item.id, hash);
  return hash;
}
