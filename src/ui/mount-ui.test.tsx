// @vitest-environment happy-dom
import { atom } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EN } from '../i18n/en';
import type { CategoryId, Consent, ConsentState, ConsentView } from '../types';
import { mountUi } from './mount-ui';
import type { UiSettings } from './ui-model';

function fakeConsent(initial: Partial<ConsentState> = {}, view: ConsentView = 'banner') {
  const $state = atom<ConsentState>({
    decided: false,
    categories: { essential: true, functional: false, analytics: false, marketing: false },
    gpc: false,
    method: 'default',
    revision: '1',
    updatedAt: null,
    id: null,
    ...initial,
  });
  const $view = atom<ConsentView>(view);
  const calls: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push([name, ...args]);
  const consent = {
    $state,
    $view,
    acceptAll: record('acceptAll'),
    rejectAll: record('rejectAll'),
    save: record('save'),
    showPreferences: () => $view.set('preferences'),
    hide: record('hide'),
  } as unknown as Consent;
  return { consent, calls, $state, $view };
}

function settings(over: Partial<UiSettings> = {}): UiSettings {
  return {
    mode: 'opt-in',
    texts: EN,
    lang: 'en',
    dir: 'ltr',
    categories: ['essential', 'functional', 'analytics', 'marketing'],
    gpcOptOut: ['marketing'],
    allowOverride: false,
    links: {},
    theme: {},
    isDue: () => false,
    gpcHonored: () => false,
    wantsReopen: () => true,
    ...over,
  };
}

const stops: (() => void)[] = [];
function mount(fake: ReturnType<typeof fakeConsent>, over: Partial<UiSettings> = {}) {
  stops.push(mountUi({ consent: fake.consent, style: { sheet: new CSSStyleSheet(), settings: settings(over), colors: { onPrimary: '#000' } }, target: document.body }));
  const root = document.querySelector('consentry-ui')!.shadowRoot!;
  const byText = (selector: string, text: string) =>
    [...root.querySelectorAll<HTMLElement>(selector)].find(
      (el) => (el.getAttribute('aria-label') ?? el.textContent) === text,
    );
  return { root, byText };
}

function switches(root: ShadowRoot) {
  return [...root.querySelectorAll<HTMLInputElement>('input[role=switch]')].map((input) => [
    root.querySelector(`label[for="${input.id}"]`)!.textContent,
    input.checked,
    input.disabled,
  ]);
}

function press(root: ShadowRoot, key: string, shiftKey = false) {
  const target = root.activeElement ?? root;
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true }),
  );
}

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.restoreAllMocks();
});

describe('mountUi', () => {
  it('renders the opt-in banner as a named region with three equal buttons, focused a frame later', async () => {
    const { root } = mount(fakeConsent());
    expect(root.activeElement).toBeNull();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const region = root.querySelector('section')!;
    expect(root.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Cookie consent',
    );
    const buttons = [...region.querySelectorAll('button')];
    expect(buttons.map((b) => [b.textContent, b.className])).toEqual([
      ['Accept all', 'btn'],
      ['Reject all', 'btn'],
      ['Customize', 'btn'],
    ]);
    expect(root.activeElement).toBe(region);
  });

  it('calls the instance for banner choices', () => {
    const fake = fakeConsent();
    const { byText } = mount(fake);
    byText('button', 'Accept all')!.click();
    byText('button', 'Reject all')!.click();
    expect(fake.calls).toEqual([['acceptAll'], ['rejectAll']]);
  });

  it('renders the opt-out notice with a Do Not Sell link and the GPC status', () => {
    const fake = fakeConsent({ gpc: true });
    const { root, byText } = mount(fake, { mode: 'opt-out', links: { doNotSell: '/dns' }, gpcHonored: () => true });
    expect(root.querySelector('h2')!.textContent).toBe('Your privacy choices');
    expect(byText('a', 'Do Not Sell or Share My Personal Information')!.getAttribute('href')).toBe(
      '/dns',
    );
    expect(root.querySelector('[role=status]')!.textContent).toContain('Opt-Out Request Honored');
    byText('button', 'Close')!.click();
    expect(fake.calls).toEqual([['hide']]);
  });

  it('opens the dialog with the current state and saves the drafted switches', () => {
    const fake = fakeConsent(
      {
        decided: true,
        categories: { essential: true, functional: true, analytics: false, marketing: false },
      },
      'none',
    );
    const { root, byText } = mount(fake);
    byText('button', 'Privacy choices')!.click();
    const dialog = root.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Privacy preferences',
    );
    expect(switches(root)).toEqual([
      ['Strictly necessary', true, true],
      ['Functional', true, false],
      ['Analytics', false, false],
      ['Limited marketing', false, false],
    ]);
    expect(root.activeElement).toBe(byText('button', 'Close'));
    root.querySelector<HTMLInputElement>('#cs-analytics')!.click();
    byText('button', 'Save choices')!.click();
    expect(fake.calls).toEqual([
      ['save', { essential: true, functional: true, analytics: true, marketing: false }],
    ]);
  });

  it('describes a switch without putting the description in its name', () => {
    const { root } = mount(fakeConsent({ gpc: true }, 'preferences'));
    const marketing = root.querySelector<HTMLInputElement>('#cs-marketing')!;
    const description = root.getElementById(marketing.getAttribute('aria-describedby')!)!;
    expect(root.querySelector('label[for=cs-marketing]')!.textContent).toBe('Limited marketing');
    expect(description.textContent).toContain('Off via Global Privacy Control');
    expect([marketing.checked, marketing.disabled]).toEqual([false, true]);
  });

  it.each<[string | null, boolean]>([
    ['Keep opted out', false],
    ['Allow for this site', true],
    [null, false],
  ])('explains the GPC conflict before allowing, answered with %s', (answer, allowed) => {
    const fake = fakeConsent({ gpc: true }, 'preferences');
    const { root, byText } = mount(fake, { allowOverride: true });
    const marketing = root.querySelector<HTMLInputElement>('#cs-marketing')!;
    const conflict = () => root.querySelector('[role=alert]');
    expect(conflict()).toBeNull();
    marketing.click();
    expect(conflict()!.textContent).toContain('Global Privacy Control signal');
    if (answer) {
      byText('button', answer)!.click();
      expect([conflict(), marketing.checked]).toEqual([null, allowed]);
      expect(root.activeElement).toBe(marketing);
    }
    byText('button', 'Save choices')!.click();
    expect((fake.calls[0][1] as Record<CategoryId, boolean>).marketing).toBe(allowed);
  });

  it('traps Tab in the dialog, closes on Escape and returns focus to the opener', () => {
    const opener = document.body.appendChild(document.createElement('button'));
    opener.focus();
    const fake = fakeConsent({ decided: true }, 'none');
    const { root, byText } = mount(fake, { wantsReopen: () => false });
    fake.$view.set('preferences');
    const close = byText('button', 'Close')!;
    const last = byText('button', 'Reject all')!;
    expect(root.activeElement).toBe(close);
    press(root, 'Tab', true);
    expect(root.activeElement).toBe(last);
    press(root, 'Tab');
    expect(root.activeElement).toBe(close);
    press(root, 'Escape');
    expect(fake.calls).toEqual([['hide']]);
    // The instance closes the layer (createViewStore); focus then goes back where it came from.
    fake.$view.set('none');
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('applies the theme as custom properties and host attributes', () => {
    const theme = {
      primary: '#ffd400',
      radius: '0px',
      position: 'center',
      colorScheme: 'dark',
    } as const;
    mount(fakeConsent(), { theme, dir: 'rtl', lang: 'he' });
    const host = document.querySelector<HTMLElement>('consentry-ui')!;
    expect(host.style.getPropertyValue('--consentry-primary')).toBe('#ffd400');
    expect(host.style.getPropertyValue('--consentry-radius')).toBe('0px');
    expect(host.style.getPropertyValue('--consentry-on-primary')).toBe('#000');
    expect([host.dataset.position, host.dataset.scheme, host.dir, host.lang]).toEqual([
      'center',
      'dark',
      'rtl',
      'he',
    ]);
  });

  it('removes the host on unmount', () => {
    mount(fakeConsent());
    stops.pop()!();
    expect(document.querySelector('consentry-ui')).toBeNull();
  });
});
