// The data the io features read, found through the db layer's session (registered by
// loadDataset), so the toolbar's menus need no handle passed down through the views.
import { DexieRepository, type DataRepository } from '../db/repository';
import { getUserDataTarget } from '../db/session';

/** The loaded data, or undefined while the dataset is still loading. */
export function currentRepository(): DataRepository | undefined {
  try {
    const target = getUserDataTarget();
    return target.kind === 'dexie' ? new DexieRepository(target.db) : target.repo;
  } catch {
    return undefined;
  }
}
