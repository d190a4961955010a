import { isPlainObject } from './validators';

/**
 * Merges `over` onto `base`: nested plain objects merge key by key, anything else replaces. An
 * own `__proto__` key (JSON.parse makes one) is skipped: assigning it would set a prototype.
 */
export function mergeConfig<T extends object>(base: T, over: Partial<T>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    if (key === '__proto__') continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? mergeConfig(current, value) : value;
  }
  return out as T;
}
