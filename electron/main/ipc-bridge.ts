/**
 * The contract over Electron IPC: one ipcMain handler per contract call, each judging its sender
 * before the core's one wrapper validates input and turns errors into Results; and the core's
 * pushed events forwarded to our windows. Channel names come only from shared/contract.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, IPC_EVENT_CHANNEL, ipcChannel, type PushedEvent } from '../../shared/contract';
import type { Core } from '../core/app';
import type { Sender } from '../core/rpc/dispatcher';
import { isAppUrl } from './app-origin';

/** A sender is trusted only when its document is the app itself (atelier://app/…). */
export function isTrustedSenderUrl(url: string | null | undefined): boolean {
  return isAppUrl(url);
}

/** The parts of a sending frame the judgement needs. */
export interface FrameFacts {
  url: string;
  /** No parent: the window's top-level document, not an iframe. */
  isMainFrame: boolean;
  /** Replaced by a navigation while its message was in flight. */
  detached: boolean;
}

/** Pure: who sent this call, given whether its webContents is one of our windows and its frame. */
export function judgeSender(input: { contentsId: number; ours: boolean; frame: FrameFacts | null }): Sender {
  const label = `desktop window ${input.contentsId}`;
  const { frame } = input;
  if (!input.ours) return { trusted: false, label: `${label} (not an app window)` };
  if (!frame) return { trusted: false, label: `${label} (frame gone)` };
  if (!frame.isMainFrame) return { trusted: false, label: `${label} (sub-frame)` };
  if (frame.detached) return { trusted: false, label: `${label} (detached frame)` };
  if (!isTrustedSenderUrl(frame.url)) return { trusted: false, label: `${label} (foreign document)` };
  return { trusted: true, label };
}

/** What the bridge needs to know about a window's webContents. */
export interface TargetContents {
  id: number;
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
}

export interface BridgeDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  core: Pick<Core, 'handle' | 'subscribe'>;
  /** The webContents of our windows: the only ones that may call, and the ones that hear events. */
  windows(): Iterable<TargetContents>;
}

function frameFacts(event: IpcMainInvokeEvent): FrameFacts | null {
  try {
    const frame = event.senderFrame;
    return frame ? { url: frame.url, isMainFrame: frame.parent === null, detached: frame.detached } : null;
  } catch {
    // Reading a frame that was disposed mid-flight throws: treat it as gone.
    return null;
  }
}

function senderOf(event: IpcMainInvokeEvent, deps: BridgeDeps): Sender {
  const id = event.sender.id;
  const ours = [...deps.windows()].some((w) => w.id === id && !w.isDestroyed());
  return judgeSender({ contentsId: id, ours, frame: frameFacts(event) });
}

/** Registers every contract call on ipcMain and starts forwarding events; returns the undo. */
export function registerIpcBridge(deps: BridgeDeps): () => void {
  for (const name of CALL_NAMES) {
    deps.ipcMain.handle(ipcChannel(name), (event, input: unknown) => deps.core.handle(name, input, senderOf(event, deps)));
  }
  const unsubscribe = deps.core.subscribe((event: PushedEvent) => {
    for (const contents of deps.windows()) {
      // A window that somehow shows anything but the app hears nothing.
      if (contents.isDestroyed() || !isTrustedSenderUrl(contents.getURL())) continue;
      contents.send(IPC_EVENT_CHANNEL, event);
    }
  });
  return () => {
    unsubscribe();
    for (const name of CALL_NAMES) deps.ipcMain.removeHandler(ipcChannel(name));
  };
}
