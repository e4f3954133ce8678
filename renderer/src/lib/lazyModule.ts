import { useEffect, useSyncExternalStore } from 'react';
import { runWhenIdle } from './backgroundWork';

/**
 * A module kept out of the first bundle (its own chunk, fetched by a dynamic import): loaded once on first
 * use, or earlier when the window is idle. A failed load (a chunk that did not arrive) is tried again
 * next time it is asked for.
 */
export interface LazyModule<T> {
  /** Loads the module once; every call shares the same load. */
  load(): Promise<T>;
  /** The module once loaded, else null. */
  current(): T | null;
  subscribe(listener: () => void): () => void;
  /** Loads it when the window is next idle, after anything holding background work off has let go. */
  preloadWhenIdle(): void;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let module: T | null = null;
  let loading: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  const load = () => {
    loading ??= importer().then(
      (m) => {
        module = m;
        listeners.forEach((listener) => listener());
        return m;
      },
      (e: unknown) => {
        loading = null;
        throw e;
      },
    );
    return loading;
  };
  const preload = () => {
    if (!module) load().catch(() => undefined);
  };
  return {
    load,
    current: () => module,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    preloadWhenIdle: () => runWhenIdle(preload),
  };
}

/** The module if it has loaded (asking for it if not), else null: the caller shows something simpler meanwhile. */
export function useLazyModule<T>(lazy: LazyModule<T>): T | null {
  const module = useSyncExternalStore(lazy.subscribe, lazy.current, lazy.current);
  useEffect(() => {
    if (!module) lazy.load().catch(() => undefined);
  }, [lazy, module]);
  return module;
}
