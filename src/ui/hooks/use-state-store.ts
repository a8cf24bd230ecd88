import { useState, useSyncExternalStore } from 'react';

/**
 * A reducer whose state lives outside React, read back with useSyncExternalStore. Keys of one
 * burst (a paste, an answer and its Enter typed fast over SSH) can arrive before the next
 * render, and a handler from an earlier render can still be running: each action is applied to
 * the newest state, never to the one a closure captured, so no key is lost and a save sees
 * exactly what the screen will show.
 */
export function useStateStore<S, A>(reducer: (state: S, action: A) => S, init: () => S) {
  const [store] = useState(() => {
    let state = init();
    const listeners = new Set<() => void>();
    return {
      get: (): S => state,
      dispatch: (action: A): void => {
        const next = reducer(state, action);
        if (next === state) return;
        state = next;
        for (const listener of listeners) listener();
      },
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    };
  });
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { state, latest: store.get, dispatch: store.dispatch };
}

/** A single value kept the same way: `set` replaces it, `latest` reads what the last set left. */
export function useValueStore<T>(init: () => T) {
  const { state, latest, dispatch } = useStateStore((_: T, next: T) => next, init);
  return { state, latest, set: dispatch };
}
