// @vitest-environment jsdom
// How filter changes and routes reach the browser's history: a route is a new entry at once;
// a filter change rewrites the current entry in the next task (off the charts' critical path),
// once for changes in quick succession, with the state as it is by then.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte';

function stateWithData(): AppState {
  const state = new AppState('');
  state.extent = { regions: ['平罗', '盐池', '彭阳', '灵沙乡'], years: [2016, 2017, 2018, 2023] };
  return state;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AppState and the history', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    history.replaceState(null, '', '#/');
  });

  it('rewrites the URL after the task of a filter change, once for several changes', async () => {
    const replace = vi.spyOn(history, 'replaceState');
    const state = stateWithData();
    state.setRegions(['平罗', '盐池', '彭阳']);
    state.setYears(2017, 2018);
    expect(replace).not.toHaveBeenCalled();
    await nextTask();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(decodeURIComponent(location.hash)).toBe('#/?regions=平罗,盐池,彭阳&from=2017&to=2018');
  });

  it('adds a history entry for a new route at once, carrying a pending filter change', async () => {
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    const state = stateWithData();
    state.setRegions(['盐池']);
    state.navigate({ kind: 'view', view: 'trend' });
    expect(push).toHaveBeenCalledTimes(1);
    expect(decodeURIComponent(location.hash)).toBe('#/view/trend?regions=盐池');
    await nextTask();
    expect(replace).not.toHaveBeenCalled();
  });

  it('writes nothing stale after back/forward moved the state', async () => {
    const replace = vi.spyOn(history, 'replaceState');
    const state = stateWithData();
    state.setRegions(['盐池']);
    state.syncFromHash('#/view/outcomes');
    history.pushState(null, '', '#/view/outcomes');
    await nextTask();
    expect(replace).not.toHaveBeenCalled();
    expect(location.hash).toBe('#/view/outcomes');
  });
});
