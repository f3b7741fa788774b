// The storage the running app writes user imports to, registered once by loadDataset so
// that features outside the data layer (the import dialog) need not carry a handle around.
import type { DisclosureDb } from './db';
import type { MemoryRepository } from './repository';

export type UserDataTarget = { kind: 'dexie'; db: DisclosureDb } | { kind: 'memory'; repo: MemoryRepository };

let active: UserDataTarget | null = null;

export function setUserDataTarget(target: UserDataTarget | null): void {
  active = target;
}

export function getUserDataTarget(): UserDataTarget {
  if (!active) throw new Error('The dataset is not loaded yet');
  return active;
}
