import { isSafeUrl } from './is-safe-url';
import type { Reporter } from './reporter';

/**
 * Checks one value at `path`. Returns the value to use, or `undefined` after reporting an error,
 * so the caller falls back to the default.
 */
export type Validator<T> = (value: unknown, path: string, report: Reporter) => T | undefined;

/** Reports that `value` at `path` is not what was expected, and yields no value. */
export function fail(report: Reporter, path: string, expected: string, value: unknown): undefined {
  report.error(path, `expected ${expected}, got ${describe(value)}; using the default`);
  return undefined;
}

/**
 * The value as JSON, cut to a line: a huge string would flood the console, and a cyclic object
 * or a BigInt, which npm callers can pass, makes `JSON.stringify` throw.
 */
function describe(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // Described by its type below.
  }
  json ??= typeof value;
  return json.length > 80 ? `${json.slice(0, 80)}…` : json;
}

/** `check`, for strings of at most `max` characters: a longer one is refused before any pattern runs on it. */
export function upTo<T>(max: number, check: Validator<T>): Validator<T> {
  return (value, path, report) =>
    typeof value === 'string' && value.length > max ? fail(report, path, `at most ${max} characters`, value) : check(value, path, report);
}

/** A boolean. */
export const bool: Validator<boolean> = (value, path, report) =>
  typeof value === 'boolean' ? value : fail(report, path, 'true or false', value);

/** A string matching `pattern`, described as `expected` in errors. */
export function text(pattern: RegExp, expected: string): Validator<string> {
  return (value, path, report) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(report, path, expected, value);
}

/** Any string; used for texts, which are always rendered as text, never as markup. 10,000 characters is 40 times the longest shipped text. */
export const anyText = upTo(10_000, text(/[^]*/, 'a string'));

/** A language tag like `en` or `pt-BR` (BCP 47, as far as texts need it). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** An `http:`, `https:` (or, without `schemes`, also `mailto:`) or relative URL (docs/configuration.md, Keys). */
export function url(schemes?: string[]): Validator<string> {
  // 2,048 characters: the longest URL the sitemaps.org protocol takes, longer than any policy link needs.
  return upTo(2048, (value, path, report) =>
    typeof value === 'string' && isSafeUrl(value, schemes)
      ? value
      : fail(report, path, `an http:, https:${schemes ? '' : ', mailto:'} or relative URL`, value),
  );
}

/** Any plain object, checked key by key elsewhere; typed `never` so it stands for any object type. */
export const anyObject: Validator<never> = (value, path, report) =>
  isPlainObject(value) ? (value as never) : fail(report, path, 'an object', value);

/** One of the listed strings. */
export function oneOf<T extends string>(...options: T[]): Validator<T> {
  return (value, path, report) =>
    options.includes(value as T) ? (value as T) : fail(report, path, options.map((o) => `'${o}'`).join(' | '), value);
}

/** An array whose items each pass `item`; invalid items are reported and dropped. */
export function list<T>(item: Validator<T>): Validator<T[]> {
  return (value, path, report) => {
    if (!Array.isArray(value)) return fail(report, path, 'an array', value);
    const out: T[] = [];
    value.forEach((entry, i) => {
      const checked = item(entry, `${path}[${i}]`, report);
      if (checked !== undefined) out.push(checked);
    });
    return out;
  };
}

/** A plain object used as a map; keys failing `key` are reported and dropped. */
export function record<T>(key: Validator<string>, item: Validator<T>): Validator<Record<string, T>> {
  return (value, path, report) => {
    if (!isPlainObject(value)) return fail(report, path, 'an object', value);
    const out: Record<string, T> = {};
    for (const [k, v] of Object.entries(value)) {
      const itemPath = `${path}[${JSON.stringify(k)}]`;
      if (key(k, itemPath, report) === undefined) continue;
      const checked = item(v, itemPath, report);
      if (checked !== undefined) out[k] = checked;
    }
    return out;
  };
}

/** An object with known keys; unknown keys are warned about and ignored. */
export function shape<T extends object>(fields: { [K in keyof T]-?: Validator<T[K]> | undefined }): Validator<T> {
  return (value, path, report) => {
    if (!isPlainObject(value)) return fail(report, path || 'config', 'an object', value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const fieldPath = path ? `${path}.${k}` : k;
      const field = Object.prototype.hasOwnProperty.call(fields, k) && (fields as Record<string, Validator<unknown>>)[k];
      if (!field) report.warn(fieldPath, 'unknown key, ignored');
      else if (v !== undefined) {
        const checked = field(v, fieldPath, report);
        if (checked !== undefined) out[k] = checked;
      }
    }
    return out as T;
  };
}

/**
 * A value `a` accepts (checked silently), else one `b` accepts. An object goes to `b` with the
 * real reporter, so problems inside it are reported at their own paths; anything else that
 * neither accepts gets one error.
 */
export function either<A, B>(a: Validator<A>, b: Validator<B>, expected: string): Validator<A | B> {
  const silent: Reporter = { error() {}, warn() {} };
  return (value, path, report) =>
    a(value, path, silent) ?? (isPlainObject(value) ? b(value, path, report) : (b(value, path, silent) ?? fail(report, path, expected, value)));
}

/** True for `{}`-style objects, not arrays, null or class instances. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
