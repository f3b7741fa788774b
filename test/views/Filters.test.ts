// @vitest-environment jsdom
// The region filter at scale: with many regions (a national dataset has 31) 全选 and 清空 tick
// or untick them all in one change, in filter order; with the shipped four they are not shown.
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Filters from '../../src/views/Filters.svelte';

const PROVINCES = ['安徽', '北京', '重庆', '福建', '甘肃', '广东'];

function renderFilters(
  regions: string[],
  selected: string[],
  search?: { query: string; onquery: (q: string) => void },
) {
  const onregions = vi.fn<(regions: string[]) => void>();
  render(Filters, {
    ...(search ? { searchable: true, ...search } : {}),
    locale: 'zh',
    regions,
    selected,
    years: [2016, 2017],
    from: 2016,
    to: 2017,
    onregions,
    onyears: () => undefined,
  });
  return onregions;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Filters', () => {
  it('ticks every region in filter order with 全选 and none with 清空', async () => {
    const onregions = renderFilters(PROVINCES, ['重庆', '安徽']);
    await fireEvent.click(screen.getByRole('button', { name: '全选' }));
    expect(onregions).toHaveBeenLastCalledWith(PROVINCES);
    await fireEvent.click(screen.getByRole('button', { name: '清空' }));
    expect(onregions).toHaveBeenLastCalledWith([]);
    expect(screen.getByTestId('regions-all').title).toBe('勾选全部 6 个地区');
  });

  it('disables the one that would change nothing', () => {
    renderFilters(PROVINCES, [...PROVINCES]);
    expect((screen.getByTestId('regions-all') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('regions-none') as HTMLButtonElement).disabled).toBe(false);
    cleanup();
    renderFilters(PROVINCES, []);
    expect((screen.getByTestId('regions-none') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows only the boxes for the shipped four regions', () => {
    renderFilters(['平罗', '盐池', '彭阳', '灵沙乡'], ['平罗']);
    expect(screen.queryByTestId('regions-all')).toBeNull();
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it('offers the unit search only when asked, and applies it after a pause in typing', async () => {
    renderFilters(PROVINCES, PROVINCES);
    expect(screen.queryByTestId('unit-search')).toBeNull();
    cleanup();
    vi.useFakeTimers();
    const onquery = vi.fn<(q: string) => void>();
    renderFilters(PROVINCES, PROVINCES, { query: '', onquery });
    const box = screen.getByTestId('unit-search') as HTMLInputElement;
    box.value = '平';
    await fireEvent.input(box);
    box.value = '平罗';
    await fireEvent.input(box);
    vi.advanceTimersByTime(299);
    expect(onquery).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onquery.mock.calls).toEqual([['平罗']]);
    // Enter (change) applies at once and cancels a pending search.
    box.value = '盐池';
    await fireEvent.input(box);
    await fireEvent.change(box);
    expect(onquery).toHaveBeenLastCalledWith('盐池');
    vi.advanceTimersByTime(1000);
    expect(onquery).toHaveBeenCalledTimes(2);
  });

  it('folds many regions under how many are ticked, folded at first on a narrow screen', () => {
    // A region this data does not have (a URL from another dataset) is not counted.
    renderFilters(PROVINCES, ['重庆', '安徽', '洪泽']);
    const summary = screen.getByTestId('regions-summary');
    expect(summary.textContent).toBe('已选 2/6 个');
    expect((summary.parentElement as HTMLDetailsElement).open).toBe(true);
    cleanup();
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query }));
    try {
      renderFilters(PROVINCES, ['重庆']);
      expect((screen.getByTestId('regions-summary').parentElement as HTMLDetailsElement).open).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
