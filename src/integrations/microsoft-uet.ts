import type { ConsentState } from '../types';
import type { StateSource } from './state-source';

type Queue = unknown[] | { push(...items: unknown[]): unknown };

/**
 * Keeps Microsoft UET's consent in step with limited marketing (docs/signals.md; Microsoft's UET
 * consent mode documentation):
 * `uetq.push('consent', 'default', { ad_storage: 'denied' })` goes to the front of the queue
 * before `bat.js` reads it, a stored grant follows as an `update` at once, and every change
 * pushes another. UET's queue is flat: each push adds its arguments one by one. Works whether
 * the site's `uetq` is defined before or after the loader. Returns the unsubscribe.
 */
export function startMicrosoftUet(win: Window, $state: StateSource): () => void {
  const w = win as Window & { uetq?: Queue };
  const update = (granted: boolean) => ['consent', 'update', { ad_storage: granted ? 'granted' : 'denied' }];
  // GPC keeps ad storage denied, even for a person who allowed marketing on this site (docs/signals.md).
  const ads = ({ categories, gpc }: ConsentState) => categories.marketing && !gpc;
  let granted = ads($state.get());
  const first = [['consent', 'default', { ad_storage: 'denied' }], ...(granted ? [update(true)] : [])];
  const queue = (w.uetq ??= []);
  // Before bat.js has loaded, uetq is a plain array it will read from the start; once it has,
  // each push is one command, handled at once.
  if (Array.isArray(queue)) queue.unshift(...first.flat());
  else first.forEach((items) => queue.push(...items));
  return $state.listen((state) => {
    if (ads(state) === granted) return;
    granted = ads(state);
    (w.uetq ??= []).push(...update(granted));
  });
}
