import type { Reporter } from '../../policy/reporter';
import { CMP_ID, GPP_VERSION, type GppCall, type GppCallback, type GppFunction } from './gpp-types';

type GppWindow = Window & { __gpp?: GppFunction };

/** The stub, until the API replaces it. */
export interface GppStub {
  /** Calls made before the API arrived. */
  queue: GppCall[];
  /** Puts the API in the stub's place. */
  replace(api: GppFunction): void;
  stop(): void;
}

const LOCATOR = '__gppLocator';

/**
 * Installs the GPP stub at once, so that vendors can call `__gpp` as soon as the loader has run
 * (GPP CMP API 1.1): it answers `ping` itself (status `stub`) and queues every other command; it
 * adds the `__gppLocator` frame by which scripts in other frames find this one, and answers their
 * `__gppCall` messages through whatever `__gpp` is now. Nothing when another CMP already defined
 * `__gpp`: two would answer differently.
 */
export function installGppStub(win: Window, report: Reporter): GppStub | null {
  const w = win as GppWindow;
  if (w.__gpp) {
    report.error('gpp', 'another CMP already defines window.__gpp; Consentry does not replace it');
    return null;
  }
  const doc = win.document;
  const queue: GppCall[] = [];
  w.__gpp = (command, callback, parameter, version) => {
    if (command !== 'ping') return void queue.push([command, callback, parameter, version]);
    callback?.(
      {
        gppVersion: GPP_VERSION,
        cmpStatus: 'stub',
        cmpDisplayStatus: 'hidden',
        signalStatus: 'not ready',
        supportedAPIs: [],
        cmpId: CMP_ID,
        sectionList: [],
        applicableSections: [-1],
        gppString: '',
        parsedSections: {},
      },
      true,
    );
  };
  const frame = doc.createElement('iframe');
  frame.name = LOCATOR;
  // CSSOM, which a strict CSP allows; the frame is only ever looked up by name.
  frame.style.display = 'none';
  frame.setAttribute('aria-hidden', 'true');
  const addFrame = () => doc.body?.append(frame);
  if (doc.body) addFrame();
  else doc.addEventListener('DOMContentLoaded', addFrame, { once: true });

  // Frames post `{ __gppCall: { command, parameter, version, callId } }`, as an object or as JSON.
  const onMessage = (event: MessageEvent) => {
    let data = event.data;
    try {
      if (typeof data === 'string') data = JSON.parse(data);
    } catch {
      return;
    }
    const request = data?.__gppCall;
    if (!request || typeof request.command !== 'string' || !event.source) return;
    const answer: GppCallback = (returnValue, success) => {
      const reply = { __gppReturn: { returnValue, success, callId: request.callId } };
      (event.source as WindowProxy).postMessage(typeof event.data === 'string' ? JSON.stringify(reply) : reply, '*');
    };
    w.__gpp?.(request.command, answer, request.parameter, request.version);
  };
  win.addEventListener('message', onMessage);
  return {
    queue,
    replace(api) {
      w.__gpp = api;
    },
    stop() {
      win.removeEventListener('message', onMessage);
      frame.remove();
      doc.removeEventListener('DOMContentLoaded', addFrame);
    },
  };
}
