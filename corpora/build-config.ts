// Builds a config of corpora/configs.json. No Node import: e2e specs bundle it into a page too.

/** A key path into a config: `['tenants', '*.acme.test', 'theme', 'primary']`, `['services', 0]`. */
export type KeyPath = Array<string | number>;

/** A value set into a config after it is parsed: what JSON cannot hold, or holds only at great length. */
export interface SetValue {
  at: KeyPath;
  /** `prefix + text.repeat(times) + suffix`: a huge string. */
  text?: string;
  times?: number;
  prefix?: string;
  suffix?: string;
  /** The object at this path of the same config (`[]`: the config itself), which makes a cycle. */
  ref?: KeyPath;
  /** A BigInt of these digits. */
  bigint?: string;
}

/** What a config case is built from (corpora/corpus.ts, ConfigCase). */
export interface ConfigSource {
  config?: unknown;
  raw?: string;
  set?: SetValue[];
}

/**
 * The config of a case, freshly built: `raw` parsed (it throws where `raw` is no JSON), or
 * `config` copied, then `set` applied.
 */
export function buildConfig(c: ConfigSource): unknown {
  const root: unknown = c.raw !== undefined ? JSON.parse(c.raw) : JSON.parse(JSON.stringify(c.config ?? null));
  const walk = (path: KeyPath) => path.reduce<any>((node, key) => node[key], root);
  for (const value of c.set ?? []) {
    const key = value.at[value.at.length - 1];
    walk(value.at.slice(0, -1))[key] =
      value.ref !== undefined
        ? walk(value.ref)
        : value.bigint !== undefined
          ? BigInt(value.bigint)
          : `${value.prefix ?? ''}${value.text!.repeat(value.times!)}${value.suffix ?? ''}`;
  }
  return root;
}

