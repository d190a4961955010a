import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmitter } from './create-emitter';

interface Events {
  ping: number;
  pong: string;
}

describe('createEmitter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls listeners in the order they were added, with the detail', () => {
    const emitter = createEmitter<Events>();
    const calls: string[] = [];
    emitter.on('ping', (n) => calls.push(`a${n}`));
    emitter.on('ping', (n) => calls.push(`b${n}`));
    emitter.on('pong', (s) => calls.push(`pong ${s}`));
    emitter.emit('ping', 1);
    emitter.emit('pong', 'x');
    emitter.emit('ping', 2);
    expect(calls).toEqual(['a1', 'b1', 'pong x', 'a2', 'b2']);
  });

  it('stops calling a listener after its unsubscribe, leaving the others', () => {
    const emitter = createEmitter<Events>();
    const calls: string[] = [];
    const offA = emitter.on('ping', () => calls.push('a'));
    emitter.on('ping', () => calls.push('b'));
    emitter.emit('ping', 1);
    offA();
    offA();
    emitter.emit('ping', 2);
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('removes only the one registration the unsubscribe belongs to', () => {
    const emitter = createEmitter<Events>();
    const calls: number[] = [];
    const cb = (n: number) => calls.push(n);
    emitter.on('ping', cb);
    const off = emitter.on('pong', () => {});
    off();
    emitter.emit('ping', 1);
    expect(calls).toEqual([1]);
  });

  it('emits to nobody without listeners', () => {
    expect(() => createEmitter<Events>().emit('ping', 1)).not.toThrow();
  });

  it('keeps calling the other listeners when one throws, and rethrows apart', () => {
    vi.useFakeTimers();
    const emitter = createEmitter<Events>();
    const calls: string[] = [];
    emitter.on('ping', () => calls.push('a'));
    emitter.on('ping', () => {
      throw new Error('listener failed');
    });
    emitter.on('ping', () => calls.push('c'));
    expect(() => emitter.emit('ping', 1)).not.toThrow();
    expect(calls).toEqual(['a', 'c']);
    expect(() => vi.runAllTimers()).toThrow('listener failed');
  });

  it('does not call a listener added during an emit until the next one', () => {
    const emitter = createEmitter<Events>();
    const calls: string[] = [];
    emitter.on('ping', () => {
      calls.push('a');
      emitter.on('ping', () => calls.push('late'));
    });
    emitter.emit('ping', 1);
    expect(calls).toEqual(['a']);
  });

  it('still calls the next listener when one unsubscribes itself during an emit', () => {
    const emitter = createEmitter<Events>();
    const calls: string[] = [];
    const off = emitter.on('ping', () => {
      calls.push('a');
      off();
    });
    emitter.on('ping', () => calls.push('b'));
    emitter.emit('ping', 1);
    emitter.emit('ping', 2);
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('removes every listener on clear', () => {
    const emitter = createEmitter<Events>();
    const calls: string[] = [];
    emitter.on('ping', () => calls.push('ping'));
    emitter.on('pong', () => calls.push('pong'));
    emitter.clear();
    emitter.emit('ping', 1);
    emitter.emit('pong', 'x');
    expect(calls).toEqual([]);
  });
});
