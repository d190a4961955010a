// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableIframePageLoading": true}}
import { afterEach, describe, expect, it } from 'vitest';
import type { Reporter } from '../../policy/reporter';
import type { Consent } from '../../types';
import type { GppFunction, GppModule } from './gpp-types';
import { startGpp } from './start-gpp';

type GppWindow = Window & { __gpp?: GppFunction };
const w = window as GppWindow;
const consent = {} as Consent;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(load: () => GppModule | PromiseLike<GppModule>) {
  const errors: string[] = [];
  const report: Reporter = { error: (path, message) => errors.push(`${path}: ${message}`), warn() {} };
  const stop = startGpp({ win: window, consent: () => consent, load, mspaCovered: false, mode: 'opt-out', report });
  return { errors, stop };
}

/** A GPP module whose API answers every command with its name, after the queued calls. */
const module: GppModule = {
  createGppApi: ({ queue }) => {
    const call: GppFunction = (command, callback) => callback?.(command, true);
    queue.splice(0).forEach((args) => call(...args));
    return { call, stop() {} };
  },
};

afterEach(() => {
  delete w.__gpp;
  document.body.innerHTML = '';
});

describe('startGpp', () => {
  it('puts a stub in place at once, then the API, which answers what was queued', async () => {
    const answers: unknown[] = [];
    setup(() => Promise.resolve(module));
    w.__gpp!('getSection', (value) => answers.push(value), 'usnat');
    expect(answers).toEqual([]);
    await flush();
    w.__gpp!('hasSection', (value) => answers.push(value), 'usnat');
    expect(answers).toEqual(['getSection', 'hasSection']);
  });

  it('keeps the stub and says why when the add-on cannot load', async () => {
    const { errors } = setup(() => Promise.reject(new Error('could not load /consentry-gpp.js')));
    await flush();
    let ping: { cmpStatus?: string } = {};
    w.__gpp!('ping', (value) => (ping = value as typeof ping));
    expect(ping.cmpStatus).toBe('stub');
    expect(errors).toEqual(['gpp: could not load /consentry-gpp.js; __gpp stays a stub']);
  });

  it('does not put the API in place after it was stopped', async () => {
    const { stop } = setup(() => Promise.resolve(module));
    stop();
    await flush();
    const answers: unknown[] = [];
    w.__gpp?.('hasSection', (value) => answers.push(value), 'usnat');
    expect(answers).toEqual([]);
    expect(document.querySelector('iframe[name="__gppLocator"]')).toBeNull();
  });
});
