// IAB GPP (docs/signals.md; GPP CMP API 1.1): the __gpp stub in consentry.js, the API from its
// add-on file, the __gppLocator frame and postMessage for a cross-origin vendor frame, the US National
// section decoded with the official library and checked field by field.
import { GppModel } from '@iabgpp/cmpapi';
import type { Frame } from '@playwright/test';
import { expect, test, type Visitor } from './helpers';

const PAGE = '/demo/fixtures/gpp.html';

interface GppEvent {
  eventName: string;
  data: unknown;
  signalStatus: string;
  gppString: string;
}

interface Reply {
  returnValue: unknown;
  success: boolean;
  callId: number;
}

/** The usnat fields of a GPP string, as the official library decodes them. */
const usnat = (gppString: string) => new GppModel(gppString).getSection('usnat') as Record<string, unknown>;

const onAcme = (baseURL: string | undefined) => `http://www.acme.test:${new URL(baseURL!).port}${PAGE}`;

async function vendorFrame(v: Visitor): Promise<Frame> {
  await expect.poll(() => v.page.frames().some((frame) => frame.url().includes('gpp-frame.html'))).toBe(true);
  const frame = v.page.frames().find((f) => f.url().includes('gpp-frame.html'))!;
  await frame.waitForFunction(() => typeof (window as Window & { ask?: unknown }).ask === 'function');
  return frame;
}

const ask = (frame: Frame, command: string, parameter?: string) =>
  frame.evaluate(([c, p]) => (window as unknown as { ask(c: string, p?: string): Promise<unknown> }).ask(c, p), [command, parameter] as const) as Promise<Reply>;

test('answers a cross-origin vendor frame through the locator frame: ping, getSection, getField', async ({ visitor, baseURL }) => {
  const v = await visitor();
  await v.goto(onAcme(baseURL));
  const frame = await vendorFrame(v);
  expect(new URL(frame.url()).host, 'the frame is on another origin').toMatch(/^frame\.consentry\.test:/);

  const ping = await ask(frame, 'ping');
  expect(ping.success).toBe(true);
  const data = ping.returnValue as { gppVersion: string; cmpStatus: string; signalStatus: string; gppString: string; supportedAPIs: string[] };
  expect(data).toMatchObject({ gppVersion: '1.1', cmpStatus: 'loaded', signalStatus: 'ready', supportedAPIs: ['7:usnat'] });
  // Opt-out mode, no choice, no GPC: notices given, nothing opted out.
  expect(usnat(data.gppString)).toMatchObject({
    Version: 2,
    SharingNotice: 1,
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    TargetedAdvertisingOptOutNotice: 1,
    SaleOptOut: 2,
    SharingOptOut: 2,
    TargetedAdvertisingOptOut: 2,
    MspaCoveredTransaction: 2,
    GpcSegmentType: 1,
    Gpc: false,
  });

  expect((await ask(frame, 'getSection', 'usnat')).returnValue).toEqual(usnat(data.gppString));
  expect(await ask(frame, 'getField', 'usnat.SaleOptOut')).toMatchObject({ returnValue: 2, success: true });
  expect(await ask(frame, 'hasSection', 'tcfeuv2')).toMatchObject({ returnValue: false, success: true });
});

test('with GPC on, says opted out of sale, sharing and targeted ads, with Gpc set, and is ready only after applying it', async ({ visitor, baseURL }) => {
  const v = await visitor({ gpc: true });
  await v.goto(onAcme(baseURL));
  await expect.poll(() => v.page.evaluate(() => (window as Window & { __gppEvents?: GppEvent[] }).__gppEvents?.length ?? 0)).toBeGreaterThanOrEqual(3);
  const events = await v.page.evaluate(() => (window as Window & { __gppEvents?: GppEvent[] }).__gppEvents ?? []);
  // Registered through the stub before the add-on arrived; not ready until GPC and the stored choice are applied.
  expect(events.slice(0, 3).map((e) => [e.eventName, e.signalStatus])).toEqual([
    ['listenerRegistered', 'not ready'],
    ['sectionChange', 'ready'],
    ['signalStatus', 'ready'],
  ]);
  expect(usnat(events[2].gppString)).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: true });

  const frame = await vendorFrame(v);
  expect(await ask(frame, 'getField', 'usnat.Gpc')).toMatchObject({ returnValue: true, success: true });
});

test('fires sectionChange when the person opts out of sale and sharing', async ({ visitor, baseURL }) => {
  const v = await visitor();
  await v.goto(onAcme(baseURL));
  await v.notice.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
  await v.button(v.dialog, 'Reject all').click();
  await expect
    .poll(async () => {
      const events = await v.page.evaluate(() => (window as Window & { __gppEvents?: GppEvent[] }).__gppEvents ?? []);
      const last = events.filter((e) => e.eventName === 'sectionChange').at(-1);
      return last && usnat(last.gppString).SaleOptOut;
    })
    .toBe(1);
  const frame = await vendorFrame(v);
  expect(await ask(frame, 'getField', 'usnat.SharingOptOut')).toMatchObject({ returnValue: 1 });
});

test('keeps answering ping as a stub, and says why, when the GPP add-on cannot load', async ({ visitor, baseURL }) => {
  const v = await visitor();
  await v.page.route('**/dist/consentry-gpp.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await v.goto(onAcme(baseURL));
  await expect.poll(() => v.consoleOf('error').map((m) => m.text).join('\n')).toMatch(/\[consentry\] gpp: could not load .*consentry-gpp\.js/);
  const frame = await vendorFrame(v);
  expect((await ask(frame, 'ping')).returnValue).toMatchObject({ cmpStatus: 'stub', signalStatus: 'not ready' });
  expect(v.pageErrors).toEqual([]);
});
