import { describe, expect, it } from 'vitest';
import { startMicrosoftUet } from './microsoft-uet';
import { testState } from './test-state.fixture';

type Win = Window & { uetq?: unknown[] };

describe('startMicrosoftUet', () => {
  it('puts the default in front of what a snippet queued, before bat.js reads it', () => {
    const win = { uetq: ['event', 'page_view', {}] } as unknown as Win;
    startMicrosoftUet(win, testState().$state);
    expect(win.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'event', 'page_view', {}]);
  });

  it('creates the queue, and follows a stored grant with an update at once', () => {
    const win = {} as Win;
    startMicrosoftUet(win, testState(['marketing']).$state);
    expect(win.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }]);
  });

  it('updates on each change of limited marketing only', () => {
    const win = {} as Win;
    const state = testState();
    startMicrosoftUet(win, state.$state);
    win.uetq!.length = 0;
    state.set(['analytics']);
    state.set(['marketing']);
    state.set([]);
    expect(win.uetq).toEqual(['consent', 'update', { ad_storage: 'granted' }, 'consent', 'update', { ad_storage: 'denied' }]);
  });

  it('sends one command per push once bat.js has replaced the queue', () => {
    const pushes: unknown[][] = [];
    const win = { uetq: { push: (...items: unknown[]) => pushes.push(items) } } as unknown as Win;
    const state = testState(['marketing']);
    startMicrosoftUet(win, state.$state);
    state.set([]);
    expect(pushes).toEqual([
      ['consent', 'default', { ad_storage: 'denied' }],
      ['consent', 'update', { ad_storage: 'granted' }],
      ['consent', 'update', { ad_storage: 'denied' }],
    ]);
  });

  it('keeps ad storage denied under GPC, even when marketing is allowed for the site', () => {
    const win = {} as Win;
    startMicrosoftUet(win, testState(['marketing'], { gpc: true }).$state);
    expect(win.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
  });
});
