// The one place that turns a repository query into a live subscription: Dexie's liveQuery
// for IndexedDB (so a user import written by another module re-runs the views' queries),
// and change listeners for the in-memory fallback.
import { liveQuery } from 'dexie';
import type { DataRepository } from './repository';

export interface LiveObserver<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}

export function observeQuery<T>(
  repo: DataRepository,
  query: () => Promise<T>,
  observer: LiveObserver<T>,
): () => void {
  if (repo.persistent) {
    const subscription = liveQuery(query).subscribe(observer);
    return () => subscription.unsubscribe();
  }
  let current = 0;
  const run = () => {
    // Only the latest run may report: an older, slower run must not overwrite it.
    const ticket = ++current;
    query().then(
      (value) => ticket === current && observer.next(value),
      (error: unknown) => ticket === current && observer.error(error),
    );
  };
  run();
  const unsubscribe = repo.onChange?.(run);
  return () => {
    current = -1;
    unsubscribe?.();
  };
}
