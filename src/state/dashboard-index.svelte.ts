// The dashboard's in-memory index, kept live: rebuilt from the chart facts when the data
// changes (a user import, a newer shipped dataset), never on a filter change.
import { DashboardIndex } from '../db/dashboard-index';
import { observeQuery } from '../db/live';
import type { DataRepository } from '../db/repository';

export async function loadDashboardIndex(repo: DataRepository): Promise<DashboardIndex> {
  const { facts, units } = await repo.loadFacts();
  return new DashboardIndex(facts, units);
}

/**
 * Subscribes while `source` returns a repository (re-subscribing when the inputs it reads
 * change); `onindex` gets each new index. Call during component init.
 */
export function useDashboardIndex(
  source: () => DataRepository | null,
  onindex: (index: DashboardIndex) => void,
  onerror: (error: unknown) => void,
): void {
  $effect(() => {
    const repo = source();
    if (!repo) return;
    return observeQuery(repo, () => loadDashboardIndex(repo), { next: onindex, error: onerror });
  });
}
