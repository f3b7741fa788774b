import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { observeQuery } from '../../src/db/live';
import { replaceShippedDataset } from '../../src/db/store';
import { loadSourceText, orderRegions, queryDashboard, queryReportPage } from '../../src/db/queries';
import { DexieRepository, MemoryRepository, type DataRepository } from '../../src/db/repository';
import type { UserDataTarget } from '../../src/db/session';
import { ReportIdTakenError, deleteUserReport, saveUserReport } from '../../src/db/user-data';
import { freshDbName, openCountingDb, sampleDataset, userBundle } from './helpers';

interface Backing {
  name: string;
  make: () => Promise<{ repo: DataRepository; target: UserDataTarget }>;
}

const backings: Backing[] = [
  {
    name: 'IndexedDB',
    make: async () => {
      const { db } = await openCountingDb(freshDbName());
      await replaceShippedDataset(db, sampleDataset());
      return { repo: new DexieRepository(db), target: { kind: 'dexie', db } };
    },
  },
  {
    name: 'memory',
    make: async () => {
      const repo = new MemoryRepository(sampleDataset());
      return { repo, target: { kind: 'memory', repo } };
    },
  },
];

const ALL_REGIONS = ['平罗', '盐池', '彭阳', '灵沙乡'];

describe('orderRegions', () => {
  it('lists the four known regions first, in their fixed order, then the rest by name', () => {
    expect(orderRegions(['洪泽', '灵沙乡', '彭阳', '平罗', '盐池', '彭阳'])).toEqual([
      '平罗',
      '盐池',
      '彭阳',
      '灵沙乡',
      '洪泽',
    ]);
  });
});

for (const backing of backings) {
  describe(`queries over ${backing.name}`, () => {
    const filterCases = [
      {
        regions: ALL_REGIONS,
        from: 2016,
        to: 2023,
        ids: [
          'pingluo-county-2016',
          'pingluo-office-2023',
          'yanchi-county-2017',
          'pengyang-county-2018',
          'lingsha-township-2018',
        ],
      },
      { regions: ['平罗'], from: 2016, to: 2023, ids: ['pingluo-county-2016', 'pingluo-office-2023'] },
      {
        regions: ALL_REGIONS,
        from: 2017,
        to: 2018,
        ids: ['yanchi-county-2017', 'pengyang-county-2018', 'lingsha-township-2018'],
      },
      { regions: [], from: 2016, to: 2023, ids: [] },
    ];
    for (const { regions, from, to, ids } of filterCases) {
      it(`selects reports of ${regions.join('/') || 'no region'} in ${from}-${to}, ordered by region then scope`, async () => {
        const { repo } = await backing.make();
        const data = await queryDashboard(repo, { regions, from, to });
        expect(data.reports.map((r) => r.report.id)).toEqual(ids);
        expect(new Set(data.observations.map((o) => o.reportId))).toEqual(new Set(ids));
      });
    }

    it('returns only primary observations unless asked for all', async () => {
      const { repo } = await backing.make();
      const filter = { regions: ['彭阳'], from: 2018, to: 2018 };
      const primary = await queryDashboard(repo, filter);
      const all = await queryDashboard(repo, { ...filter, primaryOnly: false });
      const totals = (rows: typeof all.observations) =>
        rows.filter((o) => o.metric === 'proactive_total').map((o) => o.method);
      expect(totals(primary.observations)).toEqual(['table']);
      expect(totals(all.observations).sort()).toEqual(['table', 'text']);
    });

    it('gives the report page its unit, observations in text order and checks', async () => {
      const { repo } = await backing.make();
      const page = await queryReportPage(repo, 'yanchi-county-2017');
      expect(page?.unit?.name).toBe('盐池县');
      const starts = page!.observations.map((o) => o.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(page?.checks.map((c) => [c.rule, c.ok])).toEqual([
        ['channels-sum', false],
        ['staff-sum', true],
      ]);
      expect(await queryReportPage(repo, 'no-such-report')).toBeNull();
    });

    it('fetches a shipped text once, strips its BOM, then serves it from storage', async () => {
      const { repo } = await backing.make();
      const report = (await repo.getReport('pingluo-county-2016'))!;
      const urls: string[] = [];
      const fetchText = async (url: string) => {
        urls.push(url);
        return '\ufeff平罗县报告全文';
      };
      expect(await loadSourceText(repo, report, fetchText)).toBe('平罗县报告全文');
      expect(await loadSourceText(repo, report, fetchText)).toBe('平罗县报告全文');
      expect(urls).toEqual(['data/reports/pingluo-county-2016.txt']);
    });

    it('shows a saved user report to a live query, then removes it on delete', async () => {
      const { repo, target } = await backing.make();
      const seen: number[] = [];
      const filter = { regions: ['洪泽'], from: 2016, to: 2023 };
      let resolveNext: (() => void) | undefined;
      const stop = observeQuery(repo, () => queryDashboard(repo, filter), {
        next: (data) => {
          seen.push(data.reports.length);
          resolveNext?.();
        },
        error: (error) => {
          throw error;
        },
      });
      const nextValue = () => new Promise<void>((resolve) => (resolveNext = resolve));
      await nextValue();
      let waiting = nextValue();
      await saveUserReport(userBundle(), target);
      await waiting;
      waiting = nextValue();
      await deleteUserReport('user-hongze-2023', target);
      await waiting;
      stop();
      expect(seen).toEqual([0, 1, 0]);
      expect(await repo.getUnit('hongze-district')).toBeUndefined();
    });

    it('refuses a user report that reuses a shipped report id', async () => {
      const { repo, target } = await backing.make();
      await expect(saveUserReport(userBundle('pengyang-county-2018'), target)).rejects.toBeInstanceOf(
        ReportIdTakenError,
      );
      expect((await repo.getReport('pengyang-county-2018'))?.origin).toBe('shipped');
    });

    it('replaces a re-saved user report instead of duplicating its rows', async () => {
      const { repo, target } = await backing.make();
      await saveUserReport(userBundle(), target);
      await saveUserReport(userBundle(), target);
      expect(await repo.observationsOfReports(['user-hongze-2023'])).toHaveLength(1);
      expect(await repo.checksOfReports(['user-hongze-2023'])).toHaveLength(1);
    });

    it('takes the corrected region of a re-saved user unit, but never rewrites a shipped unit', async () => {
      const { repo, target } = await backing.make();
      await saveUserReport(userBundle('user-hongze-2023', '淮安市洪泽区'), target);
      await saveUserReport(userBundle('user-hongze-2023', '洪泽'), target);
      expect((await repo.getUnit('hongze-district'))?.region).toBe('洪泽');

      const shipped = await repo.getUnit('pengyang-county');
      const intoShipped = userBundle('user-pengyang-2019', '别处');
      intoShipped.unit = { ...intoShipped.unit, id: 'pengyang-county', name: '改名' };
      intoShipped.report = { ...intoShipped.report, unitId: 'pengyang-county' };
      await saveUserReport(intoShipped, target);
      expect(await repo.getUnit('pengyang-county')).toEqual(shipped);
    });
  });
}

describe('MemoryRepository.replaceShipped', () => {
  it('keeps user rows when a new shipped dataset arrives', async () => {
    const repo = new MemoryRepository(sampleDataset());
    await saveUserReport(userBundle(), { kind: 'memory', repo });
    const next = sampleDataset();
    repo.replaceShipped({ ...next, reports: next.reports.slice(0, 1) });
    expect((await repo.getReport('user-hongze-2023'))?.origin).toBe('user');
    expect(await repo.observationsOfReports(['user-hongze-2023'])).toHaveLength(1);
    expect(await repo.getReport('yanchi-county-2017')).toBeUndefined();
  });
});
