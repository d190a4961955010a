import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONSOLE_REPORTER } from './reporter';

describe('CONSOLE_REPORTER', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends errors to console.error, naming the field first', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    CONSOLE_REPORTER.error('links.doNotSell', 'expected a URL');
    expect(error.mock.calls).toEqual([['[consentry] links.doNotSell: expected a URL']]);
  });

  it('sends warnings to console.warn, naming the field first', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    CONSOLE_REPORTER.warn('theme.colour', 'unknown key, ignored');
    expect(warn.mock.calls).toEqual([['[consentry] theme.colour: unknown key, ignored']]);
  });
});
