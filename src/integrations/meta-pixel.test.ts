import { describe, expect, it } from 'vitest';
import { startMetaPixel } from './meta-pixel';
import { testState } from './test-state.fixture';

type Fbq = ((...args: unknown[]) => void) & { queue: IArguments[]; callMethod?: (...args: unknown[]) => void; loaded?: boolean };
type Win = Window & { fbq?: Fbq; _fbq?: Fbq };

/** Meta's base snippet, as sites paste it (without the script insertion). */
function metaSnippet(f: Win) {
  if (f.fbq) return;
  const n = (f.fbq = function (this: unknown) {
    // eslint-disable-next-line prefer-rest-params
    n.callMethod ? n.callMethod.apply(n, arguments as unknown as unknown[]) : n.queue.push(arguments);
  } as unknown as Fbq);
  if (!f._fbq) f._fbq = n;
  n.loaded = true;
  n.queue = [];
}

const calls = (queue: IArguments[]) => queue.map((args) => Array.from(args));
const LDU = ['dataProcessingOptions', ['LDU'], 0, 0];

describe('startMetaPixel', () => {
  it('queues revoke before the init of a snippet that comes after the loader', () => {
    const win = {} as Win;
    startMetaPixel({ win, $state: testState().$state, mode: 'opt-in' });
    metaSnippet(win);
    win.fbq!('init', 'PIXEL');
    win.fbq!('track', 'PageView');
    expect(calls(win.fbq!.queue)).toEqual([['consent', 'revoke'], ['init', 'PIXEL'], ['track', 'PageView']]);
  });

  it.each<[string, Parameters<typeof testState>, 'opt-in' | 'opt-out', unknown[][]]>([
    ['granted', [['marketing']], 'opt-in', [['consent', 'grant']]],
    ['GPC', [['analytics'], { gpc: true }], 'opt-in', [['consent', 'revoke'], LDU]],
    ['a US opt-out', [['analytics']], 'opt-out', [['consent', 'revoke'], LDU]],
    ['opt-out mode, marketing granted', [['marketing']], 'opt-out', [['consent', 'grant']]],
  ])('puts the preamble for %s in front of an init a stub queued before the loader', (_, state, mode, preamble) => {
    const win = {} as Win;
    metaSnippet(win);
    win.fbq!('init', 'PIXEL');
    startMetaPixel({ win, $state: testState(...state).$state, mode });
    expect(calls(win.fbq!.queue)).toEqual([...preamble, ['init', 'PIXEL']]);
  });

  it('calls a loaded pixel at once, and grants or revokes on each change of marketing', () => {
    const seen: unknown[][] = [];
    const win = {} as Win;
    metaSnippet(win);
    win.fbq!.callMethod = (...args: unknown[]) => seen.push(args);
    const state = testState();
    startMetaPixel({ win, $state: state.$state, mode: 'opt-in' });
    state.set(['marketing']);
    state.set(['marketing', 'analytics']);
    state.set([]);
    expect(seen).toEqual([['consent', 'revoke'], ['consent', 'grant'], ['consent', 'revoke']]);
  });

  it('takes the state at the first call, when it changed before the snippet came', () => {
    const win = {} as Win;
    const state = testState();
    startMetaPixel({ win, $state: state.$state, mode: 'opt-in' });
    state.set(['marketing']);
    metaSnippet(win);
    win.fbq!('init', 'PIXEL');
    expect(calls(win.fbq!.queue)).toEqual([['consent', 'grant'], ['init', 'PIXEL']]);
  });

  it('refuses a window.fbq that is not a function, leaving it alone', () => {
    const win = { fbq: 'not a pixel' } as unknown as Win;
    expect(() => startMetaPixel({ win, $state: testState().$state, mode: 'opt-in' })).toThrow(/not the Meta Pixel function/);
    expect(win.fbq).toBe('not a pixel');
  });

  it('keeps the pixel revoked under GPC, even when marketing is allowed for the site', () => {
    const win = {} as Win;
    const state = testState(['marketing'], { gpc: true });
    startMetaPixel({ win, $state: state.$state, mode: 'opt-in' });
    metaSnippet(win);
    win.fbq!('init', 'PIXEL');
    expect(calls(win.fbq!.queue).slice(0, 2)).toEqual([['consent', 'revoke'], LDU]);
  });

  it('gives window.fbq back as a plain property when stopped before any snippet', () => {
    const win = {} as Win;
    startMetaPixel({ win, $state: testState().$state, mode: 'opt-in' })();
    expect(Object.getOwnPropertyDescriptor(win, 'fbq')).toMatchObject({ value: undefined, writable: true });
    metaSnippet(win);
    win.fbq!('init', 'PIXEL');
    expect(calls(win.fbq!.queue)).toEqual([['init', 'PIXEL']]);
  });
});
