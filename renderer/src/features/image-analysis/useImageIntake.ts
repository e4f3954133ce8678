import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { useVision } from '../../stores/image-analysis/vision';

export const IMAGE_ACCEPT = '.jpg,.jpeg,.png,.webp,.gif,.tif,.tiff,.avif,.heic,.heif,image/*';
const IMAGE_NAME = /\.(jpe?g|jfif|png|webp|gif|tiff?|avif|heic|heif)$/i;

export interface PickedFile {
  file: File;
  /** Relative path inside a dropped or picked folder ("trip/day 1/IMG_1.jpg"), or the name. */
  path: string;
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?: (ok: (f: File) => void, err: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: Entry[]) => void, err: (e: unknown) => void) => void };
}

/** Every file under a dropped entry; folders are read recursively (readEntries answers in pages). */
async function walk(entry: Entry, out: PickedFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, err) => entry.file!(ok, err));
    if (IMAGE_NAME.test(file.name) || entry.fullPath.split('/').length <= 2) out.push({ file, path: entry.fullPath.replace(/^\//, '') });
    return;
  }
  if (!entry.isDirectory || !entry.createReader) return;
  const reader = entry.createReader();
  for (;;) {
    const page = await new Promise<Entry[]>((ok, err) => reader.readEntries(ok, err));
    if (page.length === 0) break;
    for (const child of page) if (!child.name.startsWith('.')) await walk(child, out);
  }
}

/** Drop (files and folders), paste (images from the clipboard) and the two pickers, all into the open draft batch. */
export function useImageIntake() {
  const addFiles = useVision((s) => s.addFiles);
  const [dragging, setDragging] = useState(false);

  const onDrop = useCallback(
    async (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const out: PickedFile[] = [];
      const items = [...e.dataTransfer.items];
      const entries = items.map((i) => (i as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null);
      if (entries.some(Boolean)) for (const entry of entries) if (entry) await walk(entry, out);
      else for (const file of e.dataTransfer.files) out.push({ file, path: file.name });
      await addFiles(out);
    },
    [addFiles],
  );

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      const files = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
      if (files.length === 0) return;
      e.preventDefault();
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      void addFiles(files.map((file, i) => ({ file, path: file.name && file.name !== 'image.png' ? file.name : `pasted-${stamp}-${i + 1}.${file.type.split('/')[1] ?? 'png'}` })));
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [addFiles]);

  const fromInput = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])].map((file) => ({ file, path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name }));
    input.value = '';
    void addFiles(files.filter((f) => IMAGE_NAME.test(f.file.name) || !f.path.includes('/')));
  };

  return {
    dragging,
    dropProps: {
      onDragOver: (e: DragEvent) => {
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: (e: DragEvent) => {
        if (e.currentTarget === e.target) setDragging(false);
      },
      onDrop: (e: DragEvent) => void onDrop(e),
    },
    fromInput,
  };
}
