/**
 * Replaces the property `name` of `type.prototype` with `wrap(original)`; returns the undo. The
 * undo restores the original only while the patch is still the property: a script that patched
 * it after this one keeps its patch, which calls through this one. A property the page froze
 * cannot be patched: its name goes into `failed` and nothing changes.
 */
export function patchProperty(
  type: { prototype: object; name: string },
  name: string,
  wrap: (original: PropertyDescriptor) => PropertyDescriptor,
  failed: string[],
): () => void {
  const proto = type.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, name);
  const patched = original && { ...original, ...wrap(original) };
  try {
    Object.defineProperty(proto, name, patched!);
  } catch {
    failed.push(`${type.name}.prototype.${name}`);
    return () => {};
  }
  return () => {
    const current = Object.getOwnPropertyDescriptor(proto, name);
    if (current?.value === patched!.value && current?.set === patched!.set) Object.defineProperty(proto, name, original!);
  };
}
