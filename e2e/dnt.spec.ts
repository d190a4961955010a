// Do Not Track is ignored on purpose (docs/gpc-and-dnt.md, Do Not Track): the same visit with
// navigator.doNotTrack = '1' and a DNT: 1 header must look exactly like one without.
import { FIXTURE, RAN, expect, test, type ConsentState, type Visitor } from './helpers';

interface Snapshot {
  state: Omit<ConsentState, 'id' | 'updatedAt'> & { id: boolean; updatedAt: boolean };
  trackerRequests: string[];
  ran: Record<string, number>;
  bannerVisible: boolean;
  noticeVisible: boolean;
}

async function snapshot(v: Visitor): Promise<Snapshot> {
  await v.settle();
  const state = await v.state();
  return {
    // Random ids and timestamps differ between any two visits; that they exist must not.
    state: { ...state, id: state.id !== null, updatedAt: state.updatedAt !== null },
    trackerRequests: v.trackerRequests().sort(),
    ran: await v.ran(),
    bannerVisible: await v.banner.isVisible(),
    noticeVisible: await v.notice.isVisible(),
  };
}

async function optInVisit(v: Visitor): Promise<Snapshot[]> {
  await v.goto(FIXTURE.optIn);
  const undecided = await snapshot(v);
  await v.button(v.banner, 'Accept all').click();
  await expect(v.banner).toBeHidden();
  const accepted = await snapshot(v);
  await v.reload();
  const reloaded = await snapshot(v);
  return [undecided, accepted, reloaded];
}

test('behaves the same in opt-in mode whether DNT is on or not', async ({ visitor }) => {
  const plain = await optInVisit(await visitor());
  const dntVisitor = await visitor({ dnt: true });
  const withDnt = await optInVisit(dntVisitor);

  expect(await dntVisitor.page.evaluate(() => navigator.doNotTrack), 'DNT is really on').toBe('1');
  expect(withDnt).toEqual(plain);
  // Guard against two equally broken runs.
  expect(plain[0].ran).toEqual(RAN.nothingButFallback);
  expect(plain[1].ran).toEqual({ ...RAN.allGranted, notMarketing: 1 });
});

test('behaves the same in opt-out mode whether DNT is on or not', async ({ visitor }) => {
  const plain = await visitor();
  await plain.goto(FIXTURE.optOut);
  const withoutDnt = await snapshot(plain);

  const dnt = await visitor({ dnt: true });
  await dnt.goto(FIXTURE.optOut);
  const withDnt = await snapshot(dnt);

  expect(withDnt).toEqual(withoutDnt);
  expect(withoutDnt.ran).toEqual(RAN.allGranted);
});
