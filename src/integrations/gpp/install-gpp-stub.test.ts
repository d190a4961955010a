// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableIframePageLoading": true}}
import { afterEach, describe, expect, it } from 'vitest';
import type { Reporter } from '../../policy/reporter';
import type { GppFunction } from './gpp-types';
import { installGppStub } from './install-gpp-stub';

type GppWindow = Window & { __gpp?: GppFunction };
const w = window as GppWindow;

function recorder() {
  const errors: string[] = [];
  const report: Reporter = { error: (path) => errors.push(path), warn() {} };
  return { errors, report };
}

/** A frame's window: what the stub posts its answers to. */
function frameWindow() {
  const posted: unknown[] = [];
  return { posted, source: { postMessage: (message: unknown) => posted.push(message) } as unknown as Window };
}

let stops: Array<() => void> = [];
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  delete w.__gpp;
});

describe('installGppStub', () => {
  it('answers ping itself, as a stub, and queues every other command', () => {
    const stub = installGppStub(window, recorder().report)!;
    stops.push(stub.stop);
    const answers: unknown[] = [];
    const callback = (value: unknown, success: boolean) => answers.push([value, success]);
    w.__gpp!('ping', callback);
    w.__gpp!('addEventListener', callback);
    w.__gpp!('getSection', callback, 'usnat');
    expect(answers).toEqual([[expect.objectContaining({ gppVersion: '1.1', cmpStatus: 'stub', signalStatus: 'not ready' }), true]]);
    expect(stub.queue.map(([command, , parameter]) => [command, parameter])).toEqual([
      ['addEventListener', undefined],
      ['getSection', 'usnat'],
    ]);
  });

  it('adds the __gppLocator frame, by which other frames find this window', () => {
    stops.push(installGppStub(window, recorder().report)!.stop);
    const frame = document.querySelector<HTMLIFrameElement>('iframe[name="__gppLocator"]');
    expect(frame?.parentElement).toBe(document.body);
    expect(frame?.style.display).toBe('none');
  });

  it.each([
    ['an object', (call: object) => ({ __gppCall: call }), (reply: unknown) => reply],
    ['JSON', (call: object) => JSON.stringify({ __gppCall: call }), (reply: unknown) => JSON.parse(reply as string)],
  ])('answers a __gppCall posted as %s through whatever __gpp is now', (_, message, read) => {
    const stub = installGppStub(window, recorder().report)!;
    stops.push(stub.stop);
    stub.replace((command, callback, parameter) => callback?.({ command, parameter }, true));
    const frame = frameWindow();
    window.dispatchEvent(new MessageEvent('message', { data: message({ command: 'getSection', parameter: 'usnat', version: '1.1', callId: 7 }), source: frame.source }));
    expect(frame.posted.map(read)).toEqual([{ __gppReturn: { returnValue: { command: 'getSection', parameter: 'usnat' }, success: true, callId: 7 } }]);
  });

  it.each(['not json {', { other: true }, { __gppCall: { command: 5 } }])('ignores a message that is no GPP call: %j', (data) => {
    stops.push(installGppStub(window, recorder().report)!.stop);
    const frame = frameWindow();
    window.dispatchEvent(new MessageEvent('message', { data, source: frame.source }));
    expect(frame.posted).toEqual([]);
  });

  it('leaves another CMP’s __gpp in place and says so', () => {
    const theirs: GppFunction = () => {};
    w.__gpp = theirs;
    const { errors, report } = recorder();
    expect(installGppStub(window, report)).toBeNull();
    expect(w.__gpp).toBe(theirs);
    expect(errors).toEqual(['gpp']);
  });

  it('removes its frame and stops answering messages when stopped', () => {
    const stub = installGppStub(window, recorder().report)!;
    stub.stop();
    expect(document.querySelector('iframe[name="__gppLocator"]')).toBeNull();
    const frame = frameWindow();
    window.dispatchEvent(new MessageEvent('message', { data: { __gppCall: { command: 'ping', callId: 1 } }, source: frame.source }));
    expect(frame.posted).toEqual([]);
  });
});
