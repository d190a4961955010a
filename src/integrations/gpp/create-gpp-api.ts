import { encodeGppString, encodeUsNat } from '../../policy/gpp/encode-gpp-string';
import { toUsNatFields } from '../../policy/gpp/to-usnat-fields';
import { USNAT_SECTION_ID, USNAT_VERSION } from '../../policy/gpp/usnat-fields';
import { CMP_ID, GPP_VERSION, type GppApi, type GppCallback, type GppContext } from './gpp-types';
import { rethrowLater } from '../../stores/rethrow-later';

const SECTION = 'usnat';

/** Calls a vendor's callback; one that throws is rethrown apart, so it stops neither the others nor a choice. */
function answer(callback: GppCallback, returnValue: unknown, success = true): void {
  try {
    callback(returnValue, success);
  } catch (error) {
    rethrowLater(error);
  }
}

/**
 * The IAB Tech Lab GPP CMP API 1.1 with the US National section (docs/signals.md): `ping`,
 * `addEventListener`, `removeEventListener`, `hasSection`, `getSection` and `getField`, answered
 * through callbacks. Its signal status stays `not ready` until the instance is ready, that is
 * until GPC has been read again at `DOMContentLoaded` and the stored choice applied; then a
 * `sectionChange` and `signalStatus: ready` follow. Each later change of the section fires
 * `sectionChange`, and each change of the banner's visibility `cmpDisplayStatus`. Calls the stub
 * queued are answered first, in order.
 */
export function createGppApi({ consent, queue, mspaCovered, mode }: GppContext): GppApi {
  let ready = false;
  let nextId = 1;
  const listeners = new Map<number, GppCallback>();

  const section = () => {
    const { categories, gpc } = consent.$state.get();
    const fields = toUsNatFields({ saleOptOut: !categories.marketing, gpc, mspaCoveredTransaction: mspaCovered ? 1 : 2 });
    // As the official library parses it: the subsection's type in, whether it is included out.
    const { GpcSegmentIncluded: _, ...parsed } = fields;
    return { string: encodeUsNat(fields), fields: { Version: USNAT_VERSION, ...parsed, GpcSegmentType: 1 } };
  };
  const ping = () => {
    const usnat = section();
    return {
      gppVersion: GPP_VERSION,
      cmpStatus: 'loaded',
      cmpDisplayStatus: consent.$view.get() === 'none' ? 'hidden' : 'visible',
      signalStatus: ready ? 'ready' : 'not ready',
      supportedAPIs: [`${USNAT_SECTION_ID}:${SECTION}`],
      cmpId: CMP_ID,
      sectionList: [USNAT_SECTION_ID],
      // -1: no section applies, as for a visitor asked for consent under `mode: 'auto'` in the EU.
      applicableSections: [mode === 'opt-out' ? USNAT_SECTION_ID : -1],
      gppString: encodeGppString([{ id: USNAT_SECTION_ID, value: usnat.string }]),
      parsedSections: { [SECTION]: usnat.fields },
    };
  };
  const fire = (eventName: string, data: unknown) => {
    for (const [listenerId, callback] of listeners) answer(callback, { eventName, listenerId, data, pingData: ping() });
  };

  const commands: Record<string, (callback: GppCallback, parameter: unknown) => void> = {
    ping: (callback) => answer(callback, ping()),
    addEventListener(callback) {
      const listenerId = nextId++;
      listeners.set(listenerId, callback);
      answer(callback, { eventName: 'listenerRegistered', listenerId, data: true, pingData: ping() });
    },
    removeEventListener: (callback, listenerId) => answer(callback, listeners.delete(listenerId as number)),
    hasSection: (callback, name) => answer(callback, name === SECTION),
    getSection: (callback, name) => answer(callback, name === SECTION ? section().fields : null),
    getField(callback, path) {
      const [name, field] = String(path).split('.');
      const fields = section().fields as Record<string, unknown>;
      answer(callback, name === SECTION && Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : null);
    },
  };
  const call: GppApi['call'] = (command, callback, parameter) => {
    if (typeof callback !== 'function') return;
    const run = Object.prototype.hasOwnProperty.call(commands, command) && commands[command];
    if (run) run(callback, parameter);
    else answer(callback, null, false);
  };

  queue.splice(0).forEach((args) => call(...args));
  let last = section().string;
  let shown = consent.$view.get() !== 'none';
  const stops = [
    consent.on('ready', () => {
      ready = true;
      fire('sectionChange', SECTION);
      fire('signalStatus', 'ready');
    }),
    consent.$state.listen(() => {
      const current = section().string;
      if (current === last) return;
      last = current;
      if (ready) fire('sectionChange', SECTION);
    }),
    consent.$view.listen((view) => {
      if (shown === (view !== 'none')) return;
      shown = !shown;
      fire('cmpDisplayStatus', shown ? 'visible' : 'hidden');
    }),
  ];
  return { call, stop: () => stops.forEach((stop) => stop()) };
}
