// Consent records (docs/configuration.md; GDPR Art. 7(1)): each decision, GPC opt-out and
// withdrawal is posted to recordEndpoint, by beacon first; one that does not arrive is sent
// again on the next page load.
import type { BrowserContext, Route } from '@playwright/test';
import { expect, test } from './helpers';

const PAGE = '/demo/fixtures/records.html';

interface Received {
  id: string;
  tenant: string | null;
  host: string;
  revision: string;
  categories: Record<string, boolean>;
  gpc: boolean;
  method: string;
  mode: string;
  at: number;
}

/** A local endpoint: records what it receives and answers with the statuses given, in turn (then 204). */
async function endpoint(context: BrowserContext, statuses: number[] = []) {
  const received: Received[] = [];
  await context.route('**/demo/records', async (route: Route) => {
    const status = statuses.shift() ?? 204;
    if (status < 300) received.push(JSON.parse(route.request().postData() ?? 'null'));
    await route.fulfill({ status, body: '' });
  });
  return received;
}

test('posts a record for a decision, a withdrawal and a GPC opt-out', async ({ visitor }) => {
  const v = await visitor();
  const received = await endpoint(v.context);
  await v.goto(PAGE);
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => received.length).toBe(1);
  expect(received[0]).toMatchObject({
    tenant: 'acme',
    host: '127.0.0.1',
    revision: '1',
    categories: { essential: true, functional: true, analytics: true, marketing: true },
    gpc: false,
    method: 'accept-all',
    mode: 'opt-in',
  });
  expect(received[0].id).toMatch(/^[a-z0-9]{12}$/);

  await v.page.evaluate(() => window.Consentry?.reset());
  await expect.poll(() => received.length).toBe(2);
  expect(received[1]).toMatchObject({ id: received[0].id, method: 'default', categories: { analytics: false, marketing: false } });

  const gpc = await visitor({ gpc: true });
  const gpcReceived = await endpoint(gpc.context);
  await gpc.goto(PAGE);
  await expect.poll(() => gpcReceived.length).toBe(1);
  expect(gpcReceived[0]).toMatchObject({ method: 'gpc', gpc: true, categories: { marketing: false } });
});

test('sends a record that did not arrive again on the next page load', async ({ visitor }) => {
  const v = await visitor();
  // Beacons refused (as for a large body or a busy queue), so fetch carries it, and fails first.
  await v.context.addInitScript(() => {
    Navigator.prototype.sendBeacon = () => false;
  });
  const received = await endpoint(v.context, [503]);
  await v.goto(PAGE);
  await v.button(v.banner, 'Reject all').click();
  await expect.poll(() => v.page.evaluate(() => localStorage.getItem('consentry_acme_records'))).toContain('reject-all');
  expect(received).toEqual([]);

  await v.reload();
  await expect.poll(() => received.length).toBe(1);
  expect(received[0]).toMatchObject({ method: 'reject-all', categories: { analytics: false } });
  await expect.poll(() => v.page.evaluate(() => localStorage.getItem('consentry_acme_records'))).toBeNull();
});
