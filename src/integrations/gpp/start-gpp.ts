import type { Reporter } from '../../policy/reporter';
import type { Consent } from '../../types';
import type { GppModule } from './gpp-types';
import { installGppStub } from './install-gpp-stub';

/** What the GPP API is started with. */
export interface StartGppOptions {
  win: Window;
  /** The instance, once it exists; the API is built when its file has loaded. */
  consent: () => Consent;
  /** Gives the GPP module: `consentry-gpp.js` in the script tag, a lazy chunk in npm builds. */
  load: () => GppModule | PromiseLike<GppModule>;
  mspaCovered: boolean;
  mode: 'opt-in' | 'opt-out';
  report: Reporter;
}

/**
 * Puts the GPP stub on the page at once and the full API in its place once its file has loaded
 * (docs/signals.md). If the file cannot load, the stub keeps answering `ping` with `stub` and queuing
 * the rest, and the console says why: vendors then read no signal, never a wrong one.
 */
export function startGpp(o: StartGppOptions): () => void {
  const stub = installGppStub(o.win, o.report);
  if (!stub) return () => {};
  let stopApi = () => {};
  let stopped = false;
  const fail = (error: unknown) => o.report.error('gpp', `${error instanceof Error ? error.message : error}; __gpp stays a stub`);
  const start = (module: GppModule) => {
    if (stopped) return;
    try {
      const api = module.createGppApi({ consent: o.consent(), queue: stub.queue, mspaCovered: o.mspaCovered, mode: o.mode });
      stub.replace(api.call);
      stopApi = api.stop;
    } catch (error) {
      fail(error);
    }
  };
  try {
    Promise.resolve(o.load()).then(start, fail);
  } catch (error) {
    fail(error);
  }
  return () => {
    stopped = true;
    stopApi();
    stub.stop();
  };
}
