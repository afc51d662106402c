/**
 * The value a record holds under `key` as its own property, or undefined. Ids come from scenario
 * files and from actions, and an id such as `toString` or `constructor` would otherwise find the
 * function Object.prototype holds under that name (and `usedThisTurn[id] ?? 0` would be a function).
 * Every id-keyed read in the sim goes through this, so records stay plain JSON objects.
 */
export function own<T>(rec: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return rec !== undefined && Object.hasOwn(rec, key) ? rec[key] : undefined;
}
