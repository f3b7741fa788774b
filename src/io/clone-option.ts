// A deep copy of an ECharts option that keeps what structuredClone cannot: formatter
// functions, gradients and other class instances are shared by reference (they are never
// mutated by the export decoration), plain objects and arrays are copied.
export type OptionRecord = Record<string, unknown>;

export function isPlainObject(value: unknown): value is OptionRecord {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function cloneOption<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneOption(item)) as T;
  if (!isPlainObject(value)) return value;
  const copy: OptionRecord = {};
  for (const [key, item] of Object.entries(value)) copy[key] = cloneOption(item);
  return copy as T;
}
