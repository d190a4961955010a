/** Where the encoded decision is kept: a cookie, else `localStorage`, else memory. */
export interface DecisionStorage {
  /** Every value kept under the decision's name: more than one when a cookie on the host and one on a parent domain share it. */
  read(): string[];
  write(value: string): void;
  clear(): void;
  /**
   * Where the decision is kept, probed on first need. `'memory'` forgets on reload, so nothing
   * may be granted by default (docs/configuration.md, Cookie).
   */
  kind(): 'cookie' | 'local' | 'memory';
}
