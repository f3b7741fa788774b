// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/charts/rows';
import SourceDialog from '../../src/views/SourceDialog.svelte';
import { installDialogShim, repositoryWithTexts, rowsOf, shippedData } from './fixtures';

beforeAll(installDialogShim);
afterEach(cleanup);

function renderDialog(props: {
  reportId: string;
  metric: string;
  cell?: Cell;
  withRepo?: boolean;
  locale?: 'zh' | 'en';
}) {
  const data = shippedData();
  const row = rowsOf(data.dataset, [props.reportId])[0]!;
  const cell = props.cell ?? row.values[props.metric]!;
  return repositoryWithTexts(data).then((repo) =>
    render(SourceDialog, {
      locale: props.locale ?? 'zh',
      row,
      metric: props.metric,
      cell,
      reportHref: `#/report/${props.reportId}?lang=en`,
      onclose: () => {},
      ...(props.withRepo ? { repo } : {}),
    }),
  );
}

describe('SourceDialog', () => {
  const cases = [
    {
      name: 'table quote: the value cell',
      reportId: 'pengyang-county-2018',
      metric: 'ch_website',
      marked: '7970',
    },
    {
      name: 'table quote: the last number, not the 1 in the label',
      reportId: 'pengyang-county-2018',
      metric: 'proactive_total',
      marked: '13230',
    },
    { name: 'text quote', reportId: 'lingsha-township-2018', metric: 'proactive_total', marked: null },
  ];
  for (const c of cases) {
    it(`highlights the number: ${c.name}`, async () => {
      const data = shippedData();
      const cell = rowsOf(data.dataset, [c.reportId])[0]!.values[c.metric]!;
      await renderDialog(c);
      const quote = screen.getByTestId('source-quote');
      expect(quote.textContent).toContain(cell.quote);
      const mark = quote.querySelector('mark');
      // Every primary value here is printed in its quote; the mark is exactly that number.
      expect(mark?.textContent?.replace(/[^\d.]/g, '')).toBe(c.marked ?? String(cell.value));
    });
  }

  it('shows a quote containing HTML as literal text', async () => {
    const cell: Cell = {
      value: 12,
      approx: false,
      method: 'table',
      quote: '<img src=x onerror=alert(1)>\t条\t12',
    };
    const { container } = await renderDialog({
      reportId: 'pengyang-county-2018',
      metric: 'ch_website',
      cell,
    });
    expect(container.ownerDocument.querySelector('img')).toBeNull();
    expect(screen.getByTestId('source-quote').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('source-quote').querySelector('mark')?.textContent).toBe('12');
  });

  it('names the method, the approximation and the arithmetic of a derived value', async () => {
    await renderDialog({ reportId: 'pengyang-county-2018', metric: 'proactive_total_prev_year' });
    expect(screen.getByTestId('source-method').textContent).toBe('推算');
    expect(screen.getByText(/约数/)).toBeTruthy();
    expect(screen.getByTestId('source-note').textContent).toContain('13230 ÷ (1 + 36.1%)');
  });

  it('lists the other statements of a figure so a conflict is visible, with links to each', async () => {
    await renderDialog({ reportId: 'lingsha-township-2018', metric: 'proactive_total', withRepo: true });
    const others = await screen.findByTestId('other-statements');
    const data = shippedData();
    const statements = data.dataset.observations.filter(
      (o) => o.reportId === 'lingsha-township-2018' && o.metric === 'proactive_total',
    );
    const secondary = statements.filter((o) => !o.primary);
    expect(secondary.length).toBeGreaterThan(0);
    for (const o of secondary) {
      expect(others.textContent).toContain(o.quote);
      expect([...others.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
        `#/report/lingsha-township-2018?lang=en&at=${o.start}&metric=proactive_total`,
      );
    }
    expect(others.textContent).toContain('报告对该指标给出了不同的数值');
    const primary = statements.find((o) => o.primary)!;
    await waitFor(() =>
      expect(screen.getByTestId('source-report-link').getAttribute('href')).toBe(
        `#/report/lingsha-township-2018?lang=en&at=${primary.start}&metric=proactive_total`,
      ),
    );
  });

  it('falls back to the metric anchor without the repository', async () => {
    await renderDialog({ reportId: 'pengyang-county-2018', metric: 'ch_website', locale: 'en' });
    expect(screen.getByTestId('source-report-link').getAttribute('href')).toBe(
      '#/report/pengyang-county-2018?lang=en&metric=ch_website',
    );
    expect(screen.getByTestId('source-method').textContent).toBe('table');
  });
});
