import { render } from 'preact';
import type { CategoryId, Consent, ConsentView } from '../types';
import { App } from './App';
import { answerConflict, draftChoices, openDraft, toggleDraft } from './draft';
import { focusTrap } from './focus-trap';
import { themeHost, type HostStyle } from './theme-host';
import { toUiModel } from './to-ui-model';
import type { UiActions, UiModel } from './ui-model';

/** Options of `mountUi`. */
export interface MountUiOptions {
  consent: Consent;
  style: HostStyle;
  target: Element;
}

/**
 * Renders the banner, preference center and re-open control into an open shadow root on a
 * `<consentry-ui>` host, re-rendering on every change of `$state` or `$view`.
 * @returns A function that unsubscribes and removes the host.
 * @example
 * const unmount = mountUi({ consent, style, target: document.body });
 */
export function mountUi({ consent, style, target }: MountUiOptions): () => void {
  const { settings } = style;
  const host = document.createElement('consentry-ui');
  const root = host.attachShadow({ mode: 'open' });
  themeHost(host, root, style);
  // Inline (CSSOM, allowed by CSP) so that page rules such as `body > * { display: block }`
  // cannot give the host a box and shift the page (docs/accessibility.md, No layout shift).
  host.style.setProperty('display', 'contents', 'important');

  let shown: ConsentView = 'none';
  let opener: HTMLElement | null = null;
  let draft = openDraft(consent.$state.get());
  let model: UiModel;
  const edit = (next: typeof draft, focus: CategoryId) => {
    draft = next;
    draw();
    root.getElementById('cs-' + focus)?.focus();
  };

  // Components hand these straight to `onClick`: they drop the event and need no `this`.
  const actions: UiActions = {
    acceptAll: () => consent.acceptAll(),
    rejectAll: () => consent.rejectAll(),
    showPreferences: () => consent.showPreferences(),
    // Closing is not consent (docs/accessibility.md): the core decides whether the banner comes back.
    hide: () => consent.hide(),
    toggle: (id, on) => edit(toggleDraft(draft, id, on, model.gpcOverridable.includes(id)), id),
    answer: (id, allow) => edit(answerConflict(draft, id, allow), id),
    saveDraft: () => consent.save(draftChoices(draft)),
  };

  function draw() {
    const view = consent.$view.get();
    const previous = shown;
    shown = view;
    if (view === 'preferences' && previous !== view) {
      const active = document.activeElement;
      opener = (active === host ? root.activeElement : active) as HTMLElement | null;
      draft = openDraft(consent.$state.get());
    }
    model = toUiModel(consent.$state.get(), view, settings, draft);
    render(<App model={model} actions={actions} />, root);
    if (view === previous) return;
    if (view === 'preferences') {
      // The Close button comes first in the dialog.
      root.querySelector<HTMLElement>('[role=dialog] button')?.focus();
    } else if (previous === 'preferences' && opener?.isConnected) {
      opener.focus();
    } else if (view === 'banner' || previous === 'preferences') {
      const focus = () => root.querySelector<HTMLElement>('.banner,.reopen button')?.focus({ preventScroll: true });
      // A banner opening on its own waits for the next frame: focusing forces a layout of the
      // page, which during page load would be done early and again; the frame lays it out anyway.
      if (previous === 'none') requestAnimationFrame(focus);
      else focus();
    }
  }

  root.addEventListener('keydown', focusTrap(root, actions.hide) as EventListener);
  const stops = [consent.$state.listen(draw), consent.$view.listen(draw)];
  target.append(host);
  draw();
  return () => {
    for (const stop of stops) stop();
    render(null, root);
    host.remove();
  };
}
