// The unit registry (data/units.json): which reporting bodies the shipped dataset knows, and how
// a body detected in a report's title ("平罗县灵沙乡人民政府") maps to one of them.
import type { Unit, UnitLevel } from '../model/types';

export interface RegistryUnit extends Unit {
  /** Other spellings of the body that titles use ("平罗县人民政府" for 平罗县). */
  aliases: string[];
}

const LEVELS: readonly UnitLevel[] = ['county', 'township', 'office'];

function fail(index: number, problem: string): never {
  throw new Error(`data/units.json: entry ${index}: ${problem}`);
}

function readString(
  entry: Record<string, unknown>,
  key: string,
  index: number,
  required: boolean,
): string | undefined {
  const value = entry[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '') fail(index, `"${key}" must be a non-empty string`);
  return value;
}

/** Validates the parsed JSON of the registry; throws naming the first bad entry. */
export function parseUnits(json: unknown): RegistryUnit[] {
  if (!Array.isArray(json)) throw new Error('data/units.json: expected an array of units');
  const units = json.map((raw: unknown, index): RegistryUnit => {
    if (typeof raw !== 'object' || raw === null) fail(index, 'expected an object');
    const entry = raw as Record<string, unknown>;
    const level = readString(entry, 'level', index, true) as UnitLevel;
    if (!LEVELS.includes(level)) fail(index, `unknown level "${level}"`);
    const aliases = entry['aliases'] ?? [];
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) {
      fail(index, '"aliases" must be an array of strings');
    }
    const parentId = readString(entry, 'parentId', index, false);
    const adminCode = readString(entry, 'adminCode', index, false);
    return {
      id: readString(entry, 'id', index, true)!,
      name: readString(entry, 'name', index, true)!,
      aliases: aliases as string[],
      level,
      ...(parentId ? { parentId } : {}),
      region: readString(entry, 'region', index, true)!,
      ...(adminCode ? { adminCode } : {}),
    };
  });
  const ids = new Set<string>();
  units.forEach((u, i) => {
    if (ids.has(u.id)) fail(i, `duplicate id "${u.id}"`);
    ids.add(u.id);
  });
  units.forEach((u, i) => {
    if (u.parentId && !ids.has(u.parentId)) fail(i, `unknown parentId "${u.parentId}"`);
  });
  return units;
}

function compactName(name: string): string {
  return name.replace(/\s+/g, '');
}

/** The unit whose name or one of whose aliases is exactly the detected body. */
export function matchUnit(units: readonly RegistryUnit[], body: string): RegistryUnit | undefined {
  const wanted = compactName(body);
  return units.find(
    (u) => compactName(u.name) === wanted || u.aliases.some((a) => compactName(a) === wanted),
  );
}

/** The dataset's Unit: the registry entry without its aliases. */
export function toDatasetUnit({ aliases: _aliases, ...unit }: RegistryUnit): Unit {
  return unit;
}
