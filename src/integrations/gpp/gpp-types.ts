import type { Consent } from '../../types';

/** Answers a GPP command: its return value and whether the command succeeded (GPP CMP API 1.1). */
export type GppCallback = (returnValue: unknown, success: boolean) => void;

/** `window.__gpp`: commands answer through the callback only; nothing is returned (GPP CMP API 1.1). */
export type GppFunction = (command: string, callback?: GppCallback, parameter?: unknown, version?: string) => void;

/** A call the stub queued before the API arrived. */
export type GppCall = [command: string, callback?: GppCallback, parameter?: unknown, version?: string];

/** What the GPP API is built from. */
export interface GppContext {
  consent: Pick<Consent, '$state' | '$view' | 'on'>;
  /** Calls made to the stub, answered in order once the API is up. */
  queue: GppCall[];
  /** `gpp.mspaCoveredTransaction`: the MSPA's "covered transaction" (docs/signals.md). */
  mspaCovered: boolean;
  /** The US National section applies to opt-out (US) visitors only; opt-in ones get none. */
  mode: 'opt-in' | 'opt-out';
}

/** The GPP API once its file has loaded: `__gpp`, and the stop of its subscriptions. */
export interface GppApi {
  call: GppFunction;
  stop(): void;
}

/** What the GPP add-on exports: `consentry/gpp` in npm builds, `consentry-gpp.js` in the script tag. */
export interface GppModule {
  createGppApi(context: GppContext): GppApi;
}

/** `ping.gppVersion` (GPP CMP API 1.1). */
export const GPP_VERSION = '1.1';

/** CMP ID 1 until Consentry registers its own with the IAB (docs/signals.md, CMP ID). */
export const CMP_ID = 1;
