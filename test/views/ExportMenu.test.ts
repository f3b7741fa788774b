// @vitest-environment jsdom
// The CSV export reads the quotes through the data layer. Clicked right after the first screen
// of a first visit, the quotes may still be being stored: the export waits for them instead of
// failing with "still loading".
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRepository } from '../../src/db/repository';
import { resetCurrentRepository, setCurrentRepository } from '../../src/io/current-repo';
import ExportMenu from '../../src/views/io/ExportMenu.svelte';
import { shippedData } from './fixtures';

afterEach(() => {
  cleanup();
  resetCurrentRepository();
  vi.restoreAllMocks();
});

describe('ExportMenu CSV', () => {
  it('waits for the data layer, then downloads the chart’s rows', async () => {
    const { dataset } = shippedData();
    const report = dataset.reports.find((r) => r.id === 'yanchi-county-2017')!;
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(ExportMenu, {
      locale: 'zh',
      chart: undefined,
      name: 'channels',
      title: '公开渠道构成',
      metrics: ['ch_website'],
      rows: [{ reportId: report.id, unitName: '盐池县', year: report.year }],
    });

    await fireEvent.click(screen.getByTestId('export-csv'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blobs).toHaveLength(0);
    expect(document.body.textContent).not.toContain('数据尚未加载完成');

    setCurrentRepository(new MemoryRepository(dataset));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    // 盐池 2017's table cell 政府网站公开政府信息数 3163, with its report id.
    expect(csv).toContain('yanchi-county-2017');
    expect(csv).toContain('3163');
  });
});
