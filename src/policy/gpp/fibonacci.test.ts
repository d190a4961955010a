import { FibonacciIntegerEncoder, FibonacciIntegerRangeEncoder } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { toFibonacciBits, toFibonacciRange } from './fibonacci';

describe('toFibonacciBits', () => {
  // The table in the GPP string spec, "About Fibonacci Encoding".
  it.each([
    [1, '11'],
    [2, '011'],
    [3, '0011'],
    [4, '1011'],
    [5, '00011'],
    [6, '10011'],
    [7, '01011'],
  ])('encodes %i as %s', (n, bits) => {
    expect(toFibonacciBits(n)).toBe(bits);
  });

  it('matches the reference encoder from 1 to 5000', () => {
    for (let n = 1; n <= 5000; n++) expect(toFibonacciBits(n), String(n)).toBe(FibonacciIntegerEncoder.encode(n));
  });
});

describe('toFibonacciRange', () => {
  it('encodes the spec example [3, 5, 6, 7, 8]', () => {
    expect(toFibonacciRange([3, 5, 6, 7, 8])).toBe('000000000010' + '0' + '0011' + '1' + '011' + '0011');
  });

  it.each<[number[]]>([
    [[]],
    [[7]],
    [[2, 6]],
    [[5, 6]],
    [[2, 7, 8]],
    [[1, 3, 5, 7, 9]],
    [[6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]],
    [[2, 7, 8, 9, 20, 21, 40, 41, 99]],
    [[1000]],
  ])('encodes %j as the reference encoder does and decodes back', (ids) => {
    const bits = toFibonacciRange(ids);
    expect(bits).toBe(FibonacciIntegerRangeEncoder.encode([...ids]));
    expect(FibonacciIntegerRangeEncoder.decode(bits)).toEqual(ids);
  });
});
