import { GppModel } from '@iabgpp/cmpapi';
import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import type { Consent, ConsentEvents, ConsentView } from '../../types';
import { testState } from '../test-state.fixture';
import { createGppApi } from './create-gpp-api';
import type { GppCall } from './gpp-types';

/** An instance as the GPP API sees it, with `ready` fired by the test. */
function fakeConsent(...args: Parameters<typeof testState>) {
  const state = testState(...args);
  const $view = atom<ConsentView>('banner');
  let ready: Array<(detail: ConsentEvents['ready']) => void> | null = [];
  const consent = {
    $state: state.$state,
    $view,
    on(event: string, cb: (detail: ConsentEvents['ready']) => void) {
      if (event !== 'ready') return () => {};
      if (ready) ready.push(cb);
      else cb(state.$state.get());
      return () => {};
    },
  } as unknown as Pick<Consent, '$state' | '$view' | 'on'>;
  const fireReady = () => {
    const waiting = ready ?? [];
    ready = null;
    waiting.forEach((cb) => cb(state.$state.get()));
  };
  return { consent, state, $view, fireReady };
}

/** Calls `__gpp` and returns what the callback got. */
function ask(call: ReturnType<typeof createGppApi>['call'], command: string, parameter?: unknown) {
  let answer: [unknown, boolean] | undefined;
  call(command, (value, success) => (answer = [value, success]), parameter);
  return answer!;
}

interface Ping {
  signalStatus: string;
  cmpStatus: string;
  cmpDisplayStatus: string;
  gppString: string;
  parsedSections: { usnat: Record<string, unknown> };
  sectionList: number[];
  supportedAPIs: string[];
}

/** The usnat fields of a GPP string, as the official library decodes them. */
const decoded = (gppString: string) => new GppModel(gppString).getSection('usnat') as Record<string, unknown>;

describe('createGppApi', () => {
  it.each<[string, Parameters<typeof testState>, Record<string, unknown>]>([
    ['nothing decided', [[]], { SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: false }],
    ['marketing granted', [['marketing']], { SaleOptOut: 2, SharingOptOut: 2, TargetedAdvertisingOptOut: 2, Gpc: false }],
    ['GPC', [['analytics'], { gpc: true }], { SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: true }],
  ])('encodes the US National section for %s, as the official decoder reads it', (_, state, fields) => {
    const api = createGppApi({ consent: fakeConsent(...state).consent, queue: [], mspaCovered: false, mode: 'opt-out' });
    const ping = ask(api.call, 'ping')[0] as Ping;
    expect(ping).toMatchObject({ gppVersion: '1.1', cmpStatus: 'loaded', supportedAPIs: ['7:usnat'], sectionList: [7], applicableSections: [7] });
    const usnat = decoded(ping.gppString);
    expect(usnat).toMatchObject({
      ...fields,
      Version: 2,
      SaleOptOutNotice: 1,
      SharingOptOutNotice: 1,
      TargetedAdvertisingOptOutNotice: 1,
      GpcSegmentType: 1,
      MspaCoveredTransaction: 2,
    });
    expect(ping.parsedSections.usnat).toEqual(usnat);
  });

  it.each<['opt-in' | 'opt-out', number[]]>([
    ['opt-out', [7]],
    ['opt-in', [-1]],
  ])('makes the US National section applicable in %s mode: %j', (mode, applicable) => {
    const { call } = createGppApi({ consent: fakeConsent().consent, queue: [], mspaCovered: false, mode });
    expect((ask(call, 'ping')[0] as { applicableSections: number[] }).applicableSections).toEqual(applicable);
  });

  it('answers hasSection, getSection and getField, and fails unknown commands', () => {
    const { call } = createGppApi({ consent: fakeConsent([], { gpc: true }).consent, queue: [], mspaCovered: true, mode: 'opt-out' });
    expect(ask(call, 'hasSection', 'usnat')).toEqual([true, true]);
    expect(ask(call, 'hasSection', 'tcfeuv2')).toEqual([false, true]);
    expect(ask(call, 'getSection', 'usnat')[0]).toMatchObject({ Gpc: true, MspaCoveredTransaction: 1, MspaOptOutOptionMode: 1 });
    expect(ask(call, 'getSection', 'uspv1')).toEqual([null, true]);
    expect(ask(call, 'getField', 'usnat.SaleOptOut')).toEqual([1, true]);
    expect(ask(call, 'getField', 'usnat.NoSuchField')).toEqual([null, true]);
    expect(ask(call, 'getField', 'usnat.constructor')).toEqual([null, true]);
    expect(ask(call, 'getGPPData')).toEqual([null, false]);
    expect(ask(call, 'toString')).toEqual([null, false]);
  });

  it('answers what the stub queued first, then says not ready, sectionChange, ready (GPP CMP API 1.1)', () => {
    const fake = fakeConsent();
    const events: string[] = [];
    const queue: GppCall[] = [
      ['addEventListener', (event) => events.push(`${(event as { eventName: string }).eventName}:${(event as { pingData: Ping }).pingData.signalStatus}`)],
    ];
    createGppApi({ consent: fake.consent, queue, mspaCovered: false, mode: 'opt-out' });
    expect(queue).toEqual([]);
    fake.fireReady();
    expect(events).toEqual(['listenerRegistered:not ready', 'sectionChange:ready', 'signalStatus:ready']);
  });

  it('fires sectionChange when the section changes, cmpDisplayStatus when the banner comes or goes, and stops on removeEventListener', () => {
    const fake = fakeConsent();
    const { call } = createGppApi({ consent: fake.consent, queue: [], mspaCovered: false, mode: 'opt-out' });
    fake.fireReady();
    const events: string[] = [];
    let id = 0;
    call('addEventListener', (event) => {
      const e = event as { eventName: string; data: unknown; listenerId: number; pingData: Ping };
      id = e.listenerId;
      events.push(`${e.eventName}:${e.data}:${decoded(e.pingData.gppString).SaleOptOut}`);
    });
    fake.state.set(['analytics']);
    fake.state.set(['marketing']);
    fake.$view.set('none');
    expect(ask(call, 'removeEventListener', id)).toEqual([true, true]);
    fake.state.set([]);
    expect(events).toEqual(['listenerRegistered:true:1', 'sectionChange:usnat:2', 'cmpDisplayStatus:hidden:2']);
    expect(ask(call, 'removeEventListener', id)).toEqual([false, true]);
  });

  it('keeps answering the others when a vendor callback throws', async () => {
    const fake = fakeConsent();
    const { call } = createGppApi({ consent: fake.consent, queue: [], mspaCovered: false, mode: 'opt-out' });
    const thrown: unknown[] = [];
    const onError = (error: unknown) => thrown.push(error);
    process.on('uncaughtException', onError);
    const seen: string[] = [];
    call('addEventListener', () => {
      throw new Error('vendor bug');
    });
    call('addEventListener', (event) => seen.push((event as { eventName: string }).eventName));
    expect(() => fake.fireReady()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 5));
    process.off('uncaughtException', onError);
    expect(seen).toEqual(['listenerRegistered', 'sectionChange', 'signalStatus']);
    expect(thrown.length).toBeGreaterThan(0);
  });
});
