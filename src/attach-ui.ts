import type { Reporter } from './policy/reporter';
import type { CategoryId, Consent } from './types';
import type { Ui, UiContext, UiModule } from './ui-module';

/** What the UI of an instance is attached with. */
export interface AttachUiOptions {
  /** Gives the UI module: at once (`consentry`), or once its file has loaded (script tag, lazy `import()`). */
  load: () => UiModule | PromiseLike<UiModule>;
  context: UiContext;
  consent: Consent;
  doc: Document;
  report: Reporter;
}

/** The UI of an instance, loaded the first time something is to be shown. */
export interface UiAttachment {
  /** Shows the UI in `target` (default `<body>`) whenever something is to be shown. */
  mount(target?: Element): void;
  /** A placeholder for a held iframe, drawn once the UI is there; returns its removal. */
  placeholder(frame: HTMLIFrameElement, categories: CategoryId[], onAllow: () => void): () => void;
  destroy(): void;
}

/**
 * Loads the UI only when something is to be shown: a banner due, the preference center asked
 * for, an iframe placeholder, or (after the page's `load`, off the critical path) the floating
 * re-open control. Calls made before it arrives take effect when it does, because it renders
 * from the stores. If it cannot load, nothing is shown and nothing is granted; the next need
 * tries again.
 */
export function attachUi(o: AttachUiOptions): UiAttachment {
  const { consent, context, doc } = o;
  const win = doc.defaultView ?? window;
  let ui: Ui | undefined;
  let waiting: Array<(ui: Ui) => void> | undefined;
  const withUi = (run: (ui: Ui) => void) => {
    if (ui) return run(ui);
    if (waiting) return void waiting.push(run);
    waiting = [run];
    const fail = (error: unknown) => {
      waiting = undefined;
      o.report.error('ui', `${error instanceof Error ? error.message : error}; nothing is shown and nothing is granted`);
    };
    const done = (created: Ui) => {
      ui = created;
      const runs = waiting!;
      waiting = undefined;
      runs.forEach((next) => next(created));
    };
    const create = (module: UiModule) => {
      try {
        const created = module.createUi(context);
        // A throw in `done` (a mount) is reported as on the synchronous path, never left unhandled.
        if ('then' in created) created.then(done).then(undefined, fail);
        else done(created);
      } catch (error) {
        fail(error);
      }
    };
    try {
      const loaded = o.load();
      if ('createUi' in loaded) create(loaded);
      else loaded.then(create, fail);
    } catch (error) {
      fail(error);
    }
  };

  let mounted: { target?: Element } | undefined;
  let unmount: (() => void) | undefined;
  let pageLoaded = doc.readyState === 'complete';
  const needed = () => consent.$view.get() !== 'none' || (pageLoaded && context.wantsReopen());
  const render = () => {
    const target = mounted?.target ?? doc.body;
    if (mounted && !unmount && target) unmount = ui!.mount(consent, target);
  };
  const check = () => {
    if (!mounted || unmount || !needed()) return;
    withUi(() => (doc.body ? render() : doc.addEventListener('DOMContentLoaded', render, { once: true })));
  };
  const onLoad = () => {
    pageLoaded = true;
    check();
  };
  if (!pageLoaded) win.addEventListener('load', onLoad, { once: true });
  const stops = [consent.$view.listen(check), consent.$state.listen(check)];

  return {
    mount(target) {
      unmount?.();
      unmount = undefined;
      mounted = { target };
      check();
    },
    placeholder(frame, categories, onAllow) {
      let remove: (() => void) | undefined;
      let removed = false;
      withUi((loaded) => {
        if (!removed) remove = loaded.placeholder(frame, categories, onAllow);
      });
      return () => {
        removed = true;
        remove?.();
      };
    },
    destroy() {
      stops.forEach((stop) => stop());
      win.removeEventListener('load', onLoad);
      doc.removeEventListener('DOMContentLoaded', render);
      unmount?.();
      unmount = mounted = undefined;
    },
  };
}
