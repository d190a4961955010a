import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import { attachUi } from './attach-ui';
import type { Reporter } from './policy/reporter';
import type { Consent, ConsentState, ConsentView } from './types';
import type { Ui, UiContext, UiModule } from './ui-module';

/** A document whose loading phase the test controls: `readyState`, `body`, and its events. */
function fakeDoc(readyState: DocumentReadyState, body: object | null = {}) {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { readyState, body, defaultView: win });
  return { doc: doc as unknown as Document, win, setBody: (value: object) => (doc.body = value) };
}

function setup(o: { view?: ConsentView; wantsReopen?: boolean; readyState?: DocumentReadyState; body?: object | null } = {}) {
  const $view = atom<ConsentView>(o.view ?? 'none');
  const $state = atom({ decided: false } as ConsentState);
  const consent = { $view, $state } as unknown as Consent;
  const log: string[] = [];
  const ui: Ui = {
    mount(_, target) {
      log.push(`mount ${(target as unknown as { name?: string }).name ?? 'body'}`);
      return () => log.push('unmount');
    },
    placeholder(frame) {
      log.push(`placeholder ${frame.id}`);
      return () => log.push(`remove ${frame.id}`);
    },
  };
  const module: UiModule = {
    createUi: () => {
      log.push('createUi');
      return ui;
    },
  };
  const errors: string[] = [];
  const report: Reporter = { error: (path, message) => errors.push(`${path}: ${message}`), warn() {} };
  const { doc, win, setBody } = fakeDoc(o.readyState ?? 'complete', o.body === undefined ? {} : o.body);
  let wantsReopen = o.wantsReopen ?? false;
  const context = { wantsReopen: () => wantsReopen } as UiContext;
  const attach = (load: () => UiModule | PromiseLike<UiModule>) => attachUi({ load, context, consent, doc, report });
  return { $view, $state, module, log, errors, doc, win, setBody, attach, setWantsReopen: (v: boolean) => (wantsReopen = v) };
}

/** A load that the test resolves or rejects by hand. */
function deferred() {
  let resolve!: (module: UiModule) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<UiModule>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  let calls = 0;
  return {
    load: () => {
      calls++;
      return promise;
    },
    resolve,
    reject,
    calls: () => calls,
  };
}

const frame = (id: string) => ({ id }) as HTMLIFrameElement;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('attachUi', () => {
  it('loads nothing while nothing is to be shown', () => {
    const s = setup();
    let loads = 0;
    s.attach(() => {
      loads++;
      return s.module;
    }).mount();
    s.$state.set({ decided: true } as ConsentState);
    expect([loads, s.log]).toEqual([0, []]);
  });

  it('loads and mounts at once when a banner is due and the module is at hand', () => {
    const s = setup({ view: 'banner' });
    s.attach(() => s.module).mount();
    expect(s.log).toEqual(['createUi', 'mount body']);
  });

  it('mounts into the given target', () => {
    const s = setup({ view: 'banner' });
    s.attach(() => s.module).mount({ name: 'target' } as unknown as Element);
    expect(s.log).toEqual(['createUi', 'mount target']);
  });

  it('loads once the preference center is asked for, and shows it when the file arrives', async () => {
    const s = setup();
    const file = deferred();
    s.attach(file.load).mount();
    expect(file.calls()).toBe(0);
    s.$view.set('preferences');
    s.$view.set('banner');
    expect([file.calls(), s.log]).toEqual([1, []]);
    file.resolve(s.module);
    await flush();
    expect(s.log).toEqual(['createUi', 'mount body']);
  });

  it('waits for <body> before mounting', () => {
    const s = setup({ view: 'banner', readyState: 'loading', body: null });
    s.attach(() => s.module).mount();
    expect(s.log).toEqual(['createUi']);
    s.setBody({});
    s.doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(s.log).toEqual(['createUi', 'mount body']);
  });

  it('draws the re-open control only after the page has loaded', () => {
    const s = setup({ wantsReopen: true, readyState: 'interactive' });
    s.attach(() => s.module).mount();
    expect(s.log).toEqual([]);
    s.win.dispatchEvent(new Event('load'));
    expect(s.log).toEqual(['createUi', 'mount body']);
  });

  it('loads for the re-open control when a later change asks for it', () => {
    const s = setup();
    s.attach(() => s.module).mount();
    s.setWantsReopen(true);
    s.$state.set({ decided: true } as ConsentState);
    expect(s.log).toEqual(['createUi', 'mount body']);
  });

  it('reports a file that cannot load, shows nothing, and tries again on the next need', async () => {
    const s = setup({ view: 'banner' });
    const first = deferred();
    let load: () => UiModule | Promise<UiModule> = first.load;
    s.attach(() => load()).mount();
    first.reject(new Error('could not load /consentry-ui.js'));
    await flush();
    expect(s.errors).toEqual(['ui: could not load /consentry-ui.js; nothing is shown and nothing is granted']);
    expect(s.log).toEqual([]);
    load = () => s.module;
    s.$view.set('preferences');
    expect(s.log).toEqual(['createUi', 'mount body']);
  });

  it('reports a load that throws instead of throwing into the page', () => {
    const s = setup({ view: 'banner' });
    expect(() =>
      s
        .attach(() => {
          throw new Error('blocked');
        })
        .mount(),
    ).not.toThrow();
    expect(s.errors).toEqual(['ui: blocked; nothing is shown and nothing is granted']);
  });

  it('draws placeholders once the file arrives, skipping those removed before', async () => {
    const s = setup();
    const file = deferred();
    const attached = s.attach(file.load);
    attached.placeholder(frame('kept'), ['marketing'], () => {});
    const removeEarly = attached.placeholder(frame('gone'), ['marketing'], () => {});
    removeEarly();
    file.resolve(s.module);
    await flush();
    const removeLate = attached.placeholder(frame('late'), ['analytics'], () => {});
    removeLate();
    expect(s.log).toEqual(['createUi', 'placeholder kept', 'placeholder late', 'remove late']);
  });

  it('waits for a UI that is created asynchronously (its language file), and shows nothing if that fails', async () => {
    const s = setup({ view: 'banner' });
    let finish!: () => void;
    const later: UiModule = { createUi: (context) => new Promise<Ui>((resolve) => (finish = () => resolve(s.module.createUi(context) as Ui))) };
    s.attach(() => later).mount();
    await flush();
    expect(s.log).toEqual([]);
    finish();
    await flush();
    expect(s.log).toEqual(['createUi', 'mount body']);
    s.attach(() => ({ createUi: () => Promise.reject(new Error('the UI broke')) })).mount();
    await flush();
    expect(s.errors).toEqual(['ui: the UI broke; nothing is shown and nothing is granted']);
    // A mount that throws is reported on this path too, not left as an unhandled rejection.
    const broken: Ui = { mount: () => { throw new Error('mount failed'); }, placeholder: () => () => {} };
    s.attach(() => ({ createUi: () => Promise.resolve(broken) })).mount();
    await flush();
    expect(s.errors.at(-1)).toBe('ui: mount failed; nothing is shown and nothing is granted');
  });

  it('unmounts and stops following the stores on destroy', () => {
    const s = setup({ view: 'banner' });
    const attached = s.attach(() => s.module);
    attached.mount();
    attached.destroy();
    s.$view.set('preferences');
    expect(s.log).toEqual(['createUi', 'mount body', 'unmount']);
  });
});
