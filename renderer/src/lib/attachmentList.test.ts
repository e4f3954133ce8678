import { describe, expect, it } from 'vitest';
import { settleUpload } from './attachmentList';

type Entry = { key: string; status: string; attachment: { hash: string } | null };
const ready = (hash: string) => (e: Entry): Entry => ({ ...e, status: 'ready', attachment: { hash } });

describe('composer attachments', () => {
  it('lists the same file picked twice once', () => {
    let list: Entry[] = [{ key: 'a1', status: 'uploading', attachment: null }, { key: 'a2', status: 'uploading', attachment: null }];
    list = settleUpload(list, 'a1', ready('h'), 'h').list;
    const second = settleUpload(list, 'a2', ready('h'), 'h');
    expect(second.duplicate).toBe(true);
    expect(second.list).toEqual([{ key: 'a1', status: 'ready', attachment: { hash: 'h' } }]);
  });
  it('keeps different files', () => {
    const list: Entry[] = [{ key: 'a1', status: 'ready', attachment: { hash: 'h' } }, { key: 'a2', status: 'uploading', attachment: null }];
    expect(settleUpload(list, 'a2', ready('k'), 'k').list.map((e) => e.attachment?.hash)).toEqual(['h', 'k']);
  });
});
