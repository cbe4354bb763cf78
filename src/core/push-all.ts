/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an
 * argument, and past about a hundred thousand of them (a folder of 200k pages, the rows of a report
 * on a whole corpus) the call overflows the stack.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
