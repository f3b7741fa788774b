// A component-scoped live query: re-subscribes when the inputs read in `source` change,
// and re-runs on data changes (user imports) through db/live.ts. Call during component init.
import { observeQuery } from '../db/live';
import type { DataRepository } from '../db/repository';

export interface LiveSource<T> {
  repo: DataRepository;
  run: () => Promise<T>;
}

export function useLiveQuery<T>(source: () => LiveSource<T> | null) {
  const state = $state<{ current: T | undefined; error: unknown; loading: boolean }>({
    current: undefined,
    error: undefined,
    loading: true,
  });
  $effect(() => {
    const live = source();
    if (!live) return;
    state.loading = true;
    return observeQuery(live.repo, live.run, {
      next: (value) => {
        state.current = value;
        state.error = undefined;
        state.loading = false;
      },
      error: (error) => {
        state.error = error;
        state.loading = false;
      },
    });
  });
  return state;
}
