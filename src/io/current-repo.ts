// The data the io features and the evidence panels read: the data layer's own repository
// (db/load.ts), registered by the app shell once it is up. Reusing it keeps its details
// gate, so no reader sees the quotes of a dataset version that is still being written, and
// the toolbar's menus need no handle passed down through the views.
import type { DataRepository } from '../db/repository';

let current: DataRepository | undefined;
let settle: { resolve: (repo: DataRepository) => void; reject: (error: unknown) => void };
let ready = freshReady();

function freshReady(): Promise<DataRepository> {
  const promise = new Promise<DataRepository>((resolve, reject) => (settle = { resolve, reject }));
  // A failed load is reported by whoever awaits it; an unawaited rejection is not an error.
  promise.catch(() => undefined);
  return promise;
}

/** Called by the app shell when the data layer is up. */
export function setCurrentRepository(repo: DataRepository): void {
  current = repo;
  settle.resolve(repo);
}

/** Called by the app shell when the data layer cannot come up: waiting readers stop waiting. */
export function failCurrentRepository(error: unknown): void {
  settle.reject(error);
}

/** Forgets the registered repository (tests, or a shell that loads again). */
export function resetCurrentRepository(): void {
  current = undefined;
  ready = freshReady();
}

/** The loaded data, or undefined while the data layer is still coming up. */
export function currentRepository(): DataRepository | undefined {
  return current;
}

/** The loaded data once the data layer is up (its details written on a first visit). */
export function whenRepository(): Promise<DataRepository> {
  return ready;
}

/**
 * Quotes for views mounted before the data layer is up: a read waits for it rather than
 * answering "none", so a panel shows "loading" until the quotes can really be read.
 */
export const deferredQuotes: Pick<DataRepository, 'observationsOfReports'> = {
  observationsOfReports: async (reportIds) => (await whenRepository()).observationsOfReports(reportIds),
};
