import { create } from 'zustand';
import { subscribe } from '../../api';

/**
 * Text of replies while they stream, keyed by assistant message id. Deltas are gathered in a plain
 * buffer and written to the store at most once per animation frame, so a 500-token-per-second stream
 * costs one render of the one streaming message per frame — never a render of the whole list per delta.
 * The first delta of a reply is written at once: waiting for the next frame would only delay the
 * moment the answer starts to appear.
 */
interface StreamState {
  text: Record<string, string>;
}

export const useChatStream = create<StreamState>()(() => ({ text: {} }));

const pending = new Map<string, string>();
let frame = 0;

function flush(): void {
  frame = 0;
  if (pending.size === 0) return;
  const next = { ...useChatStream.getState().text };
  for (const [id, delta] of pending) next[id] = (next[id] ?? '') + delta;
  pending.clear();
  useChatStream.setState({ text: next });
}

export function appendDelta(id: string, delta: string): void {
  const first = !(id in useChatStream.getState().text) && !pending.has(id);
  pending.set(id, (pending.get(id) ?? '') + delta);
  if (first) flush();
  else if (!frame) frame = requestAnimationFrame(flush);
}

/** Starts a reply's live text from what core saved so far (a conversation opened mid-stream). */
export function seedStream(id: string, text: string): void {
  if (id in useChatStream.getState().text || pending.has(id)) return;
  useChatStream.setState((s) => ({ text: { ...s.text, [id]: text } }));
}

/** The reply finished: its final text now lives in the message itself. */
export function endStream(id: string): void {
  pending.delete(id);
  if (!(id in useChatStream.getState().text)) return;
  useChatStream.setState((s) => {
    const { [id]: _done, ...rest } = s.text;
    return { text: rest };
  });
}

export function watchChatStream(): () => void {
  return subscribe('stream.delta', ({ streamId, text }) => appendDelta(streamId, text));
}
