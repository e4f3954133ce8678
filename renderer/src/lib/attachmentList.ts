/**
 * An upload finished: the entry becomes ready, unless the same file (same content hash) is already in
 * the list, in which case the new entry is dropped: one file is sent and estimated once, however often it
 * was picked.
 */
export function settleUpload<A extends { key: string; attachment: { hash: string } | null }>(
  list: readonly A[],
  key: string,
  ready: (entry: A) => A,
  hash: string,
): { list: A[]; duplicate: boolean } {
  const duplicate = list.some((a) => a.key !== key && a.attachment?.hash === hash);
  if (duplicate) return { list: list.filter((a) => a.key !== key), duplicate };
  return { list: list.map((a) => (a.key === key ? ready(a) : a)), duplicate };
}
