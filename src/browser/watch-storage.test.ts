import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchStorage } from './watch-storage';

/** A window with its own events and document, and the real (faked) timers. */
function fakeWindow() {
  const win = Object.assign(new EventTarget(), {
    document: new EventTarget(),
    setInterval: (cb: () => void, ms: number) => setInterval(cb, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
  });
  const listened: string[] = [];
  const add = win.addEventListener.bind(win);
  win.addEventListener = (type: string, ...rest: [EventListenerOrEventListenerObject | null]) => {
    listened.push(type);
    add(type, ...rest);
  };
  return { win: win as unknown as Window, listened };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('watchStorage', () => {
  it('checks twice a second, and at once when the tab becomes visible', () => {
    vi.useFakeTimers();
    const { win } = fakeWindow();
    const check = vi.fn();
    const stop = watchStorage(check, { win, local: false });
    vi.advanceTimersByTime(1_000);
    expect(check).toHaveBeenCalledTimes(2);
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(check).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(1_000);
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(check).toHaveBeenCalledTimes(3);
  });

  it.each([
    [true, ['storage'], 1],
    [false, [], 0],
  ])('listens to storage events only when the decision is in localStorage (%s)', (local, listened, calls) => {
    const { win, listened: types } = fakeWindow();
    const check = vi.fn();
    const stop = watchStorage(check, { win, local });
    win.dispatchEvent(new Event('storage'));
    expect([types, check.mock.calls.length]).toEqual([listened, calls]);
    stop();
    win.dispatchEvent(new Event('storage'));
    expect(check.mock.calls.length).toBe(calls);
  });
});
