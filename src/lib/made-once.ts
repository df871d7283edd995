// Objects that are costly to make and never change once made (Intl formatters, a locale's set of
// addresses): each is made on first use under its key and handed out again after.
const made = new Map<string, unknown>();

export function madeOnce<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}
