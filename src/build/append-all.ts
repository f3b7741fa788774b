// `target.push(...items)` passes every item as a call argument and overflows the stack for the
// hundreds of thousands of observations a 20 MB report can yield; this loop does not.
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
