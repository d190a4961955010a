import { rethrowLater } from './rethrow-later';

/** A typed event emitter; `on` returns its own unsubscribe. */
export interface Emitter<Events> {
  on<E extends keyof Events>(event: E, cb: (detail: Events[E]) => void): () => void;
  emit<E extends keyof Events>(event: E, detail: Events[E]): void;
  clear(): void;
}

/** Creates an emitter, in the manner of mitt. */
export function createEmitter<Events>(): Emitter<Events> {
  let handlers: { [E in keyof Events]?: Array<(detail: Events[E]) => void> } = {};
  return {
    on(event, cb) {
      (handlers[event] ??= []).push(cb);
      return () => {
        handlers[event] = handlers[event]?.filter((h) => h !== cb);
      };
    },
    emit(event, detail) {
      for (const cb of handlers[event]?.slice() ?? []) {
        try {
          cb(detail);
        } catch (error) {
          rethrowLater(error);
        }
      }
    },
    clear() {
      handlers = {};
    },
  };
}
