// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRow } from '../../src/charts/rows';
import { STAFFING_METRICS } from '../../src/charts/metric-keys';
import DataTable from '../../src/views/DataTable.svelte';
import { installDialogShim, rowsOf, shippedData } from './fixtures';

beforeAll(installDialogShim);
afterEach(cleanup);

function row(reportId: string, year: number, values: ReportRow['values']): ReportRow {
  return {
    reportId,
    unitId: reportId,
    unitName: `单位${reportId}`,
    region: '平罗',
    year,
    scope: 'office',
    template: 'format-2021',
    values,
  };
}

const ROWS: ReportRow[] = [
  row('a', 2021, {
    staff_fulltime: { value: 0, approx: false, method: 'table', quote: '专职人员\t人\t0' },
    funding_wan_yuan: { value: 12345.5, approx: false, method: 'table', quote: '专项经费\t万元\t12345.5' },
  }),
  row('b', 2022, {
    staff_fulltime: { value: 15, approx: true, method: 'text', quote: '专职人员 15 余名' },
  }),
  row('c', 2023, {
    staff_fulltime: {
      value: 7,
      approx: false,
      method: 'derived',
      quote: '专职 3 名，兼职 4 名',
      note: '3 + 4',
    },
    funding_wan_yuan: { value: 2, approx: false, method: 'table', quote: '专项经费\t万元\t2' },
  }),
];

function cellText(reportId: string, metric: string): string {
  const cell = document.querySelector(`tr:has(a[href="#/report/${reportId}"]) td[data-metric="${metric}"]`);
  return cell?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function columnOrder(metric: string): string[] {
  return [...document.querySelectorAll(`tbody td[data-metric="${metric}"]`)].map((td) =>
    td.textContent!.replace(/\s+/g, ' ').trim(),
  );
}

describe('DataTable', () => {
  const cellCases = [
    { name: 'a real 0 is 0', reportId: 'a', metric: 'staff_fulltime', zh: '0', en: '0' },
    {
      name: 'absent is 未报告, never 0',
      reportId: 'b',
      metric: 'funding_wan_yuan',
      zh: '未报告',
      en: 'Not reported',
    },
    {
      name: 'thousands separators',
      reportId: 'a',
      metric: 'funding_wan_yuan',
      zh: '12,345.5',
      en: '12,345.5',
    },
    { name: 'approx marked', reportId: 'b', metric: 'staff_fulltime', zh: '约15', en: '≈15' },
    { name: 'derived marked', reportId: 'c', metric: 'staff_fulltime', zh: '7 推算', en: '7 Derived' },
  ];
  for (const locale of ['zh', 'en'] as const) {
    for (const c of cellCases) {
      it(`${locale}: ${c.name}`, () => {
        render(DataTable, { locale, rows: ROWS, metrics: STAFFING_METRICS, caption: '人员' });
        expect(cellText(c.reportId, c.metric)).toBe(c[locale]);
      });
    }
  }

  it('has a caption, scoped headers with units, and only columns some report states', () => {
    render(DataTable, { locale: 'zh', rows: ROWS, metrics: STAFFING_METRICS, caption: '人员与专项经费' });
    const table = screen.getByTestId('data-table');
    expect(table.querySelector('caption')?.textContent).toBe('人员与专项经费');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers[2]?.textContent).toContain('（万元）');
    expect([...table.querySelectorAll('tbody th')].every((h) => h.getAttribute('scope') === 'row')).toBe(
      true,
    );
    expect(screen.getByText('空缺表示报告未提供该数字（不是 0）')).toBeTruthy();
  });

  it('sorts by a column with header buttons; absent values stay last', async () => {
    render(DataTable, { locale: 'zh', rows: ROWS, metrics: STAFFING_METRICS, caption: '人员' });
    const header = screen.getByRole('columnheader', { name: /政府信息公开专项经费/ });
    const button = within(header).getByRole('button');
    await fireEvent.click(button);
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(columnOrder('funding_wan_yuan')).toEqual(['12,345.5', '2', '未报告']);
    await fireEvent.click(button);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(columnOrder('funding_wan_yuan')).toEqual(['2', '12,345.5', '未报告']);
    // Native buttons: Enter and Space activate them, so the keyboard sorts too.
    expect(button.tagName).toBe('BUTTON');
  });

  it('opens the source dialog with the quote of the clicked number', async () => {
    const data = shippedData();
    const rows = rowsOf(data.dataset, ['pengyang-county-2018']);
    render(DataTable, {
      locale: 'zh',
      rows,
      metrics: STAFFING_METRICS,
      caption: '人员',
      hrefForReport: (id: string) => `#/report/${id}?lang=zh`,
    });
    const cell = rows[0]!.values['staff_parttime']!;
    await fireEvent.click(
      within(document.querySelector('td[data-metric="staff_parttime"]')!).getByRole('button'),
    );
    const quote = await screen.findByTestId('source-quote');
    expect(quote.textContent).toContain(cell.quote);
    expect(quote.querySelector('mark')?.textContent).toBe(String(cell.value));
  });
});

describe('DataTable with many reports', () => {
  const many = Array.from({ length: 230 }, (_, i) =>
    row(`r${String(i).padStart(3, '0')}`, 2000 + (i % 20), {
      staff_fulltime: { value: i, approx: false, method: 'table', quote: `专职 ${i}` },
    }),
  );
  const bodyRows = () => screen.getByTestId('data-table').querySelectorAll('tbody tr');

  it('lists 100 reports at a time, and a sort starts over from the top of the sorted order', async () => {
    render(DataTable, { locale: 'zh', rows: many, metrics: STAFFING_METRICS, caption: '人员' });
    expect(bodyRows()).toHaveLength(100);
    expect(screen.getByTestId('table-more').textContent).toContain('再显示 100 份报告（还有 130 份）');
    await fireEvent.click(screen.getByTestId('table-more'));
    expect(bodyRows()).toHaveLength(200);
    await fireEvent.click(screen.getByTestId('table-more'));
    expect(bodyRows()).toHaveLength(230);
    expect(screen.queryByTestId('table-more')).toBeNull();
    // A figure column sorts largest first: the list starts over with the top 100 of the new order.
    const header = screen.getAllByRole('button').find((b) => b.textContent?.includes('专职'))!;
    await fireEvent.click(header);
    expect(bodyRows()).toHaveLength(100);
    expect(bodyRows()[0]!.querySelector('.number')?.textContent).toBe('229');
    expect(bodyRows()[99]!.querySelector('.number')?.textContent).toBe('130');
    await fireEvent.click(header);
    expect(bodyRows()[0]!.querySelector('.number')?.textContent).toBe('0');
  });
});
