// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract-report';
import { MemoryRepository } from '../../src/db/repository';
import type { Dataset } from '../../src/model/types';
import ReportPage from '../../src/views/ReportPage.svelte';
import { describeObservation } from '../../src/views/evidence';
import { locateValueInQuote } from '../../src/views/number-in-quote';
import { repositoryWithTexts, shippedData } from './fixtures';

afterEach(cleanup);

async function renderReport(
  reportId: string,
  repo: MemoryRepository,
  anchor?: { at?: number; metric?: string },
) {
  const result = render(ReportPage, {
    props: { locale: 'zh', repo, reportId, backHref: '#/', ...(anchor ? { jumpTo: anchor } : {}) },
  });
  await screen.findByTestId('report-text');
  return result;
}

describe('ReportPage', () => {
  for (const reportId of ['pengyang-county-2018', 'pingluo-office-2023', 'lingsha-township-2018']) {
    it(`marks every observation of ${reportId}`, async () => {
      const data = shippedData();
      const repo = await repositoryWithTexts(data);
      await renderReport(reportId, repo);
      const text = screen.getByTestId('report-text');
      expect(text.textContent).toBe(data.texts.get(reportId));
      const observations = data.dataset.observations.filter((o) => o.reportId === reportId);
      const marks = [...text.querySelectorAll('mark')];
      for (const o of observations) {
        const label = describeObservation('zh', o);
        const titled = marks.filter((m) => m.title.split('\n').includes(label));
        expect(titled.length, `${o.metric} ${o.quote}`).toBeGreaterThan(0);
        const range = locateValueInQuote(o);
        if (range) {
          const strong = titled.find((m) => m.classList.contains('value'));
          expect(strong?.textContent, `${o.metric}`).toBe(o.quote.slice(range.start, range.end));
        }
      }
      expect(screen.getByTestId('extracted-numbers').querySelectorAll('li')).toHaveLength(
        observations.length,
      );
    });
  }

  it('keeps the row quotes inside a derived sum that spans them', async () => {
    const data = shippedData();
    const repo = await repositoryWithTexts(data);
    await renderReport('pingluo-office-2023', repo);
    const derived = data.dataset.observations.find(
      (o) => o.reportId === 'pingluo-office-2023' && o.metric === 'out_denied' && o.method === 'derived',
    )!;
    const inside = data.dataset.observations.filter(
      (o) =>
        o.reportId === 'pingluo-office-2023' &&
        o !== derived &&
        o.start >= derived.start &&
        o.end <= derived.end,
    );
    expect(inside.length).toBeGreaterThan(1);
    const layered = [...screen.getByTestId('report-text').querySelectorAll<HTMLElement>('mark.layered')];
    for (const o of inside) {
      const label = describeObservation('zh', o);
      expect(layered.some((m) => m.title.includes(label)) || o.method === 'derived').toBe(true);
    }
  });

  it('scrolls to the linked statement and focuses it; the list jumps to marks', async () => {
    const data = shippedData();
    const repo = await repositoryWithTexts(data);
    const target = data.dataset.observations.find(
      (o) => o.reportId === 'pengyang-county-2018' && o.metric === 'ch_website' && o.method === 'table',
    )!;
    await renderReport('pengyang-county-2018', repo, { at: target.start, metric: 'ch_website' });
    await waitFor(() => expect(document.activeElement?.tagName).toBe('MARK'));
    expect(document.activeElement?.textContent).toBe('7970');
    expect(document.activeElement?.classList.contains('flash')).toBe(true);

    const weibo = data.dataset.observations.find(
      (o) => o.reportId === 'pengyang-county-2018' && o.metric === 'ch_weibo' && o.method === 'table',
    )!;
    const list = screen.getByTestId('extracted-numbers');
    const item = [...list.querySelectorAll('button')].find(
      (b) => b.textContent === describeObservation('zh', weibo),
    )!;
    await fireEvent.click(item);
    await waitFor(() => expect(document.activeElement?.textContent).toBe(String(weibo.value)));
    expect(item.getAttribute('aria-current')).toBe('location');
  });

  it('shows a report holding HTML as text', async () => {
    const hostile =
      '平罗县人民政府办公室2023年政府信息公开工作年度报告\n<img src=x onerror=alert(1)>主动公开政府信息 42 条。<script>alert(2)</script>\n';
    const extraction = extractReport(hostile, {
      sourceFile: 'hostile.txt',
      sourceSha256: 'x',
      unitId: 'hostile-unit',
    });
    const report = extraction.reports[0]!;
    const dataset: Dataset = {
      schemaVersion: 1,
      version: 'test',
      metrics: [],
      units: [{ id: 'hostile-unit', name: '<b>单位</b>', level: 'office', region: '平罗' }],
      reports: [report],
      observations: extraction.observations,
      checks: extraction.checks,
    };
    const repo = new MemoryRepository(dataset);
    await repo.putSource({ reportId: report.id, text: hostile, origin: 'user' });
    const { container } = await renderReport(report.id, repo);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByTestId('report-text').textContent).toBe(hostile);
    expect(extraction.observations.length).toBeGreaterThan(0);
    expect(screen.getByTestId('report-text').querySelector('mark.value')?.textContent).toBe('42');
  });
});
