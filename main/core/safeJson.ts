/**
 * JSON from files Limber did not necessarily write (a hand-edited settings file, an import) parsed
 * so that no key can reach an object's prototype: `__proto__`, `constructor` and `prototype` are
 * dropped wherever they appear. JSON.parse itself makes `__proto__` an own property, but the first
 * plain `target[key] = value` merge or Object.assign that meets it would set a prototype — in a
 * settings merge, Object.prototype itself, which broke every IPC request until a restart.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface SafeParse {
  value: unknown;
  /** The keys dropped (each time one was met), for the log. */
  dropped: string[];
}

export function parseJsonSafely(text: string): SafeParse {
  const dropped: string[] = [];
  const value: unknown = JSON.parse(text, function (this: unknown, key: string, item: unknown) {
    if (FORBIDDEN_KEYS.has(key)) {
      dropped.push(key);
      return undefined;
    }
    return item;
  });
  return { value, dropped };
}

/** Whether assigning `key` on a plain object could change a prototype. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}
