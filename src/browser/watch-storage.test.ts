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
    const stop = watchStorage(check, win);
    vi.advanceTimersByTime(1_000);
    expect(check).toHaveBeenCalledTimes(2);
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(check).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(1_000);
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('never listens to storage events, which would open localStorage', () => {
    const { win, listened } = fakeWindow();
    watchStorage(() => {}, win)();
    expect(listened).toEqual([]);
  });
});
