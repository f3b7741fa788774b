// @vitest-environment jsdom
// The dashboard's rows carry numbers only (chart facts); the evidence panels read the quotes
// through the repository they are given. On a first visit those reads wait until the details
// are written: the panels must say "loading" meanwhile, and "unavailable" only when the
// details really lack the quote.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryRepository } from '../../src/db/repository';
import {
  deferredQuotes,
  failCurrentRepository,
  resetCurrentRepository,
  setCurrentRepository,
} from '../../src/io/current-repo';
import DataTable from '../../src/views/DataTable.svelte';
import QualityPanel from '../../src/views/QualityPanel.svelte';
import SourceDialog from '../../src/views/SourceDialog.svelte';
import SourcesList from '../../src/views/SourcesList.svelte';
import { locateValueInQuote } from '../../src/views/number-in-quote';
import { installDialogShim, repositoryWithTexts, rowsOf, shippedData, withoutQuotes } from './fixtures';

beforeAll(installDialogShim);
afterEach(() => {
  cleanup();
  resetCurrentRepository();
});

const LOADING = '正在读取该指标的全部表述…';
const UNAVAILABLE = '原文摘录暂不可用，请打开报告全文查看。';

function primaryOf(reportId: string, metric: string) {
  const found = shippedData().dataset.observations.find(
    (o) => o.reportId === reportId && o.metric === metric && o.primary,
  );
  if (!found) throw new Error(`no primary ${metric} in ${reportId}`);
  return found;
}

function quotelessRow(reportId: string) {
  return withoutQuotes(rowsOf(shippedData().dataset, [reportId]))[0]!;
}

async function memoryRepo(): Promise<MemoryRepository> {
  return repositoryWithTexts(shippedData());
}

describe('SourceDialog reads the quote through the shared repository', () => {
  const cases = [
    { reportId: 'pengyang-county-2018', metric: 'ch_website' },
    { reportId: 'pengyang-county-2018', metric: 'proactive_total' },
    { reportId: 'lingsha-township-2018', metric: 'proactive_total' },
    { reportId: 'pingluo-office-2023', metric: 'apps_received' },
  ];
  for (const { reportId, metric } of cases) {
    it(`${reportId} ${metric}: loading until the data layer is up, then the quote with its number marked`, async () => {
      const row = quotelessRow(reportId);
      const cell = row.values[metric]!;
      expect(cell.quote).toBeUndefined();
      render(SourceDialog, {
        locale: 'zh',
        row,
        metric,
        cell,
        reportHref: `#/report/${reportId}?lang=en`,
        onclose: () => {},
        repo: deferredQuotes,
      });
      // The details are not written yet: a loading note, never "unavailable".
      await Promise.resolve();
      expect(screen.getByTestId('source-quote-loading').textContent).toBe(LOADING);
      expect(screen.queryByText(UNAVAILABLE)).toBeNull();

      setCurrentRepository(await memoryRepo());
      const quote = await screen.findByTestId('source-quote');
      const primary = primaryOf(reportId, metric);
      expect(quote.textContent).toContain(primary.quote);
      const range = locateValueInQuote(primary);
      if (range)
        expect(quote.querySelector('mark')?.textContent).toBe(primary.quote.slice(range.start, range.end));
      expect(screen.getByTestId('source-report-link').getAttribute('href')).toBe(
        `#/report/${reportId}?lang=en&at=${primary.start}&metric=${metric}`,
      );
      expect(screen.queryByTestId('source-quote-loading')).toBeNull();
    });
  }

  it('says "unavailable" when the details do not hold the figure', async () => {
    const row = quotelessRow('pengyang-county-2018');
    const cell = row.values.ch_website!;
    const repo = await memoryRepo();
    repo.removeReport('pengyang-county-2018');
    setCurrentRepository(repo);
    render(SourceDialog, {
      locale: 'zh',
      row,
      metric: 'ch_website',
      cell,
      reportHref: '#/report/pengyang-county-2018',
      onclose: () => {},
      repo: deferredQuotes,
    });
    expect((await screen.findByTestId('source-quote-unavailable')).textContent).toBe(UNAVAILABLE);
  });

  it('stops saying "loading" when the data layer fails', async () => {
    const row = quotelessRow('pengyang-county-2018');
    render(SourceDialog, {
      locale: 'en',
      row,
      metric: 'ch_website',
      cell: row.values.ch_website!,
      reportHref: '#/report/pengyang-county-2018',
      onclose: () => {},
      repo: deferredQuotes,
    });
    failCurrentRepository(new Error('IndexedDB and network both failed'));
    expect((await screen.findByTestId('source-quote-unavailable')).textContent).toBe(
      'The quote is not available here; open the full report.',
    );
  });
});

describe("DataTable passes the repository and the app's report links to its dialog", () => {
  it('a clicked number shows its real quote; links keep ?lang=en', async () => {
    const reportId = 'pingluo-office-2023';
    const metric = 'apps_received';
    setCurrentRepository(await memoryRepo());
    render(DataTable, {
      locale: 'zh',
      rows: withoutQuotes(rowsOf(shippedData().dataset, [reportId])),
      metrics: [metric],
      caption: '依申请公开',
      hrefForReport: (id: string) => `#/report/${id}?lang=en`,
      repo: deferredQuotes,
    });
    const table = screen.getByTestId('data-table');
    expect(within(table).getByRole('link').getAttribute('href')).toBe(`#/report/${reportId}?lang=en`);
    await fireEvent.click(table.querySelector(`td[data-metric="${metric}"] button`)!);
    const primary = primaryOf(reportId, metric);
    expect((await screen.findByTestId('source-quote')).textContent).toContain(primary.quote);
    expect(screen.getByTestId('source-report-link').getAttribute('href')).toBe(
      `#/report/${reportId}?lang=en&at=${primary.start}&metric=${metric}`,
    );
  });
});

describe('SourcesList', () => {
  it("says it is reading, then lists every charted figure's quote", async () => {
    const ids = ['pengyang-county-2018', 'lingsha-township-2018'];
    const metrics = ['proactive_total', 'ch_website'];
    render(SourcesList, {
      locale: 'zh',
      rows: withoutQuotes(rowsOf(shippedData().dataset, ids)),
      metrics,
      hrefForReport: (id: string) => `#/report/${id}`,
      repo: deferredQuotes,
    });
    expect(screen.getByTestId('sources-loading').textContent).toBe('正在读取原文摘录…');
    setCurrentRepository(await memoryRepo());
    await waitFor(() => expect(screen.queryByTestId('sources-loading')).toBeNull());
    const list = screen.getByTestId('sources-list');
    const primaries = shippedData().dataset.observations.filter(
      (o) => ids.includes(o.reportId) && metrics.includes(o.metric) && o.primary,
    );
    expect(primaries.length).toBeGreaterThanOrEqual(3);
    for (const o of primaries) expect(list.textContent).toContain(o.quote);
  });
});

describe('SourcesList with many reports', () => {
  it('lists 50 reports at a time and reads the quotes of those only', async () => {
    const base = rowsOf(shippedData().dataset, ['pengyang-county-2018'])[0]!;
    const rows = Array.from({ length: 120 }, (_, i) => ({ ...base, reportId: `${base.reportId}#${i}` }));
    const asked: string[][] = [];
    const repo = {
      observationsOfReports: async (ids: readonly string[]) => {
        asked.push([...ids]);
        return [];
      },
    };
    render(SourcesList, {
      locale: 'zh',
      rows,
      metrics: ['proactive_total'],
      hrefForReport: (id: string) => `#/report/${id}`,
      repo,
    });
    const items = () => screen.getByTestId('sources-list').querySelectorAll(':scope > li');
    expect(items()).toHaveLength(50);
    await waitFor(() => expect(asked.at(-1)).toHaveLength(50));
    await fireEvent.click(screen.getByTestId('sources-more'));
    expect(items()).toHaveLength(100);
    await waitFor(() => expect(asked.at(-1)).toEqual(rows.slice(0, 100).map((r) => r.reportId)));
    await fireEvent.click(screen.getByTestId('sources-more'));
    expect(items()).toHaveLength(120);
    expect(screen.queryByTestId('sources-more')).toBeNull();
  });
});

describe('QualityPanel', () => {
  it('quotes a failed check from the repository when the rows carry no quotes', async () => {
    const { dataset } = shippedData();
    const failed = dataset.checks.find((c) => !c.ok && c.rule === 'conflict:proactive_total');
    expect(failed).toBeDefined();
    const conflict = failed!;
    render(QualityPanel, {
      locale: 'zh',
      rows: withoutQuotes(rowsOf(dataset, [conflict.reportId])),
      checks: dataset.checks.filter((c) => c.reportId === conflict.reportId),
      hrefForReport: (id: string) => `#/report/${id}`,
      repo: deferredQuotes,
    });
    const item = () =>
      screen
        .getAllByTestId('quality-check')
        .find((li) => li.querySelector('.detail')?.textContent === conflict.detail)!;
    expect(within(item()).getByTestId('quality-quotes-loading')).toBeTruthy();
    setCurrentRepository(await memoryRepo());
    const statements = dataset.observations.filter(
      (o) => o.reportId === conflict.reportId && o.metric === 'proactive_total',
    );
    await waitFor(() => expect(item().querySelectorAll('.quotes li')).toHaveLength(statements.length));
    for (const s of statements) expect(item().textContent).toContain(s.quote);
  });
});
