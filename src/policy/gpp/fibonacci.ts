import { toBits } from './bits';

/**
 * The Fibonacci code of a positive integer (GPP "Integer (Fibonacci)"): one bit per Fibonacci
 * number 1, 2, 3, 5, 8, … from the smallest up, set for the greedy (Zeckendorf) sum, then a
 * closing `1`, so every code ends in the only `11` it contains. 1 → `11`, 4 → `1011`.
 */
export function toFibonacciBits(n: number): string {
  const fib = [1, 2];
  while (fib[fib.length - 1] <= n) fib.push(fib[fib.length - 1] + fib[fib.length - 2]);
  let bits = '1';
  for (let i = fib.length - 2; i >= 0; i--) {
    const used = fib[i] <= n;
    if (used) n -= fib[i];
    bits = (used ? '1' : '0') + bits;
  }
  return bits;
}

/**
 * A sorted list of distinct positive ids as a GPP "Range (Fibonacci)": an Int(12) count of runs,
 * then per run a `0` and the offset from the previous run's last id, or for two or more
 * consecutive ids a `1`, that offset to the first id and the distance from first to last.
 *
 * @example
 * toFibonacciRange([3, 5, 6, 7, 8]); // '000000000010' + '0' + '0011' + '1' + '011' + '0011'
 */
export function toFibonacciRange(ids: readonly number[]): string {
  let bits = '';
  let runs = 0;
  let last = 0;
  for (let i = 0; i < ids.length; i++, runs++) {
    const first = ids[i];
    while (ids[i + 1] === ids[i] + 1) i++;
    bits += ids[i] > first ? `1${toFibonacciBits(first - last)}${toFibonacciBits(ids[i] - first)}` : `0${toFibonacciBits(first - last)}`;
    last = ids[i];
  }
  return toBits(runs, 12) + bits;
}
