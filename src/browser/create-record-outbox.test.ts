import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentRecord } from '../types';
import { createRecordOutbox } from './create-record-outbox';

const record = (id: string): ConsentRecord => ({
  id,
  tenant: 'acme',
  host: 'www.acme.com',
  revision: '1',
  categories: { essential: true, functional: false, analytics: true, marketing: false },
  gpc: false,
  method: 'custom',
  mode: 'opt-in',
  at: 1,
});

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  } as unknown as Storage & { data: Map<string, string> };
}

/** A network that refuses beacons and answers fetches with the statuses given, in turn. */
function network(statuses: Array<number | 'offline'>) {
  const sent: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)).id);
      const status = statuses.shift() ?? 204;
      if (status === 'offline') throw new TypeError('Failed to fetch');
      return { ok: status < 300 } as Response;
    }),
  );
  return { sent, nav: { sendBeacon: () => false } as unknown as Navigator };
}

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const KEY = 'consentry_acme_records';
const waiting = (local: { data: Map<string, string> }) => JSON.parse(local.data.get(KEY) ?? '[]').map((r: ConsentRecord) => r.id);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createRecordOutbox', () => {
  it('sends by beacon first and keeps nothing when it is taken', async () => {
    const local = memoryStorage();
    const beacons: string[] = [];
    const nav = { sendBeacon: (url: string) => beacons.push(url) > 0 } as unknown as Navigator;
    createRecordOutbox({ endpoint: '/records', key: KEY, local: () => local, nav }).send(record('a'));
    await flushPromises();
    expect(beacons).toEqual(['/records']);
    expect(local.data.size).toBe(0);
  });

  it.each<[string, 'offline' | number]>([
    ['offline', 'offline'],
    ['answered with an error', 500],
  ])('keeps a record whose fetch failed (%s) and sends it again on flush', async (_, failure) => {
    const local = memoryStorage();
    const { sent, nav } = network([failure, 204]);
    const outbox = createRecordOutbox({ endpoint: '/records', key: KEY, local: () => local, nav });
    outbox.send(record('a'));
    await flushPromises();
    expect(waiting(local)).toEqual(['a']);
    outbox.flush();
    await flushPromises();
    expect(sent).toEqual(['a', 'a']);
    expect(local.data.has(KEY)).toBe(false);
  });

  it('keeps the latest twenty when the endpoint stays down', async () => {
    const local = memoryStorage();
    const { nav } = network(Array(25).fill('offline'));
    const outbox = createRecordOutbox({ endpoint: '/records', key: KEY, local: () => local, nav });
    for (let i = 0; i < 25; i++) {
      outbox.send(record(`r${i}`));
      await flushPromises();
    }
    expect(waiting(local)).toEqual(Array.from({ length: 20 }, (_, i) => `r${i + 5}`));
  });

  it.each(['not json', '{"id":"x"}', '[1, null, "x"]'])('reads a tampered store (%s) as nothing waiting', (stored) => {
    const local = memoryStorage({ [KEY]: stored });
    const { sent, nav } = network([]);
    createRecordOutbox({ endpoint: '/records', key: KEY, local: () => local, nav }).flush();
    expect(sent).toEqual([]);
  });

  it('never opens localStorage while every record arrives', async () => {
    const local = vi.fn(() => memoryStorage());
    const { nav } = network([204]);
    createRecordOutbox({ endpoint: '/records', key: KEY, local, nav }).send(record('a'));
    await flushPromises();
    expect(local).not.toHaveBeenCalled();
  });
});
