// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { Check } from '../../src/model/types';
import { afterEach, describe, expect, it } from 'vitest';
import QualityPanel from '../../src/views/QualityPanel.svelte';
import { repositoryWithTexts, rowsOf, shippedData } from './fixtures';

afterEach(cleanup);

const REPORTS = [
  'pengyang-county-2018',
  'pingluo-county-2016',
  'lingsha-township-2018',
  'yanchi-county-2017',
];

function setup() {
  const data = shippedData();
  const rows = rowsOf(data.dataset, REPORTS);
  const checks = data.dataset.checks.filter((c) => REPORTS.includes(c.reportId));
  return { data, rows, checks };
}

describe('QualityPanel', () => {
  it('lists reports with failed checks first, and failed checks first within each report', () => {
    const { rows, checks } = setup();
    render(QualityPanel, { locale: 'zh', rows, checks, hrefForReport: (id: string) => `#/report/${id}` });
    const groups = screen.getAllByTestId('quality-group');
    const failing = new Set(checks.filter((c) => !c.ok).map((c) => c.reportId));
    expect(failing.size).toBeGreaterThan(0);
    const groupIds = groups.map((g) =>
      g.querySelector('h3 a')!.getAttribute('href')!.replace('#/report/', ''),
    );
    expect(groupIds.slice(0, failing.size).sort()).toEqual([...failing].sort());
    expect(groupIds).toHaveLength(new Set(checks.map((c) => c.reportId)).size);
    for (const group of groups) {
      const ok = [...group.querySelectorAll('[data-testid="quality-check"]')].map((li) =>
        li.getAttribute('data-ok'),
      );
      expect(ok).toEqual([...ok].sort()); // 'false' sorts before 'true'
      // Passed checks wait behind a closed disclosure; failed ones are never hidden.
      const passed = group.querySelector('details.passed');
      expect(passed?.hasAttribute('open') ?? false).toBe(false);
    }
  });

  it("builds a report's passed checks when their disclosure is opened, and only those", async () => {
    const { rows, checks } = setup();
    render(QualityPanel, { locale: 'zh', rows, checks, hrefForReport: (id: string) => `#/report/${id}` });
    const group = screen.getAllByTestId('quality-group').find((g) => g.querySelector('details.passed'))!;
    const reportId = group.querySelector('h3 a')!.getAttribute('href')!.replace('#/report/', '');
    const passed = group.querySelector<HTMLDetailsElement>('details.passed')!;
    expect(passed.querySelectorAll('[data-testid="quality-check"]')).toHaveLength(0);
    passed.open = true;
    await fireEvent(passed, new Event('toggle'));
    const items = [...passed.querySelectorAll('[data-testid="quality-check"]')];
    expect(items).toHaveLength(checks.filter((c) => c.reportId === reportId && c.ok).length);
    for (const li of items) expect(li.getAttribute('data-ok')).toBe('true');
  });

  it('shows the report groups 20 at a time, and starts over when the checks change', async () => {
    const many = (n: number, tag: string): Check[] =>
      Array.from({ length: n }, (_, i) => ({
        reportId: `${tag}-${String(i).padStart(2, '0')}`,
        rule: 'channels-sum',
        ok: false,
        detail: `${tag} ${i}`,
      }));
    const first = many(45, 'a');
    const view = render(QualityPanel, {
      locale: 'zh',
      rows: [],
      checks: first,
      hrefForReport: (id: string) => `#/report/${id}`,
    });
    expect(screen.getAllByTestId('quality-group')).toHaveLength(20);
    expect(screen.getByTestId('quality-more').textContent).toContain('再显示 20 份报告（还有 25 份）');
    await fireEvent.click(screen.getByTestId('quality-more'));
    expect(screen.getAllByTestId('quality-group')).toHaveLength(40);
    await fireEvent.click(screen.getByTestId('quality-more'));
    expect(screen.getAllByTestId('quality-group')).toHaveLength(45);
    expect(screen.queryByTestId('quality-more')).toBeNull();
    // The summary counts every check, not only the shown ones.
    expect(screen.getByText(/45/)).toBeTruthy();
    await view.rerender({ checks: many(30, 'b') });
    expect(screen.getAllByTestId('quality-group')).toHaveLength(20);
    expect(screen.getByTestId('quality-more').textContent).toContain('再显示 10 份报告（还有 10 份）');
  });

  const ruleCases = [
    { locale: 'zh', rule: 'channels-sum', words: '渠道合计与主动公开总数' },
    { locale: 'en', rule: 'channels-sum', words: 'Channels vs total' },
    { locale: 'zh', rule: 'text-vs-table:staff_fulltime', words: '正文与统计表：专职人员数' },
    { locale: 'en', rule: 'text-vs-table:staff_fulltime', words: 'Text vs table: Full-time staff' },
  ] as const;
  for (const c of ruleCases) {
    it(`${c.locale}: names ${c.rule} in words with its detail`, () => {
      const { rows, checks } = setup();
      render(QualityPanel, {
        locale: c.locale,
        rows,
        checks,
        hrefForReport: (id: string) => `#/report/${id}`,
      });
      const check = checks.find((k) => k.rule === c.rule && !k.ok)!;
      const item = screen
        .getAllByTestId('quality-check')
        .find((li) => li.querySelector('.detail')?.textContent === check.detail)!;
      expect(item.querySelector('.rule')?.textContent).toBe(c.words);
    });
  }

  it('quotes every statement a failed conflict compares', async () => {
    const { data, rows, checks } = setup();
    const repo = await repositoryWithTexts(data);
    render(QualityPanel, {
      locale: 'zh',
      rows,
      checks,
      hrefForReport: (id: string) => `#/report/${id}`,
      repo,
    });
    const conflict = checks.find((c) => c.rule === 'conflict:proactive_total' && !c.ok)!;
    const statements = data.dataset.observations.filter(
      (o) => o.reportId === conflict.reportId && o.metric === 'proactive_total',
    );
    expect(new Set(statements.map((s) => s.value)).size).toBeGreaterThan(1);
    const item = screen
      .getAllByTestId('quality-check')
      .find((li) => li.querySelector('.detail')?.textContent === conflict.detail)!;
    await waitFor(() => expect(item.querySelectorAll('.quotes li')).toHaveLength(statements.length));
    for (const s of statements) expect(item.textContent).toContain(s.quote);
  });
});
