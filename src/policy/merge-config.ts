import { isPlainObject } from './validators';

/** Merges `over` onto `base`: nested plain objects merge key by key, anything else replaces. */
export function mergeConfig<T extends object>(base: T, over: Partial<T>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? mergeConfig(current, value) : value;
  }
  return out as T;
}
