import { describe, expect, it } from 'vitest';
import {
  extractReport,
  resolvePrimaries,
  slugUnitId,
  type TableParsers,
} from '../../src/extract/extract-report';
import { NotAReportError } from '../../src/extract/errors';
import type { Found, SourceText } from '../../src/extract/found';

const TITLE = '某某县 2020 年政府信息公开工作年度报告\n\n';
const OPTIONS = { sourceFile: 'x.txt', sourceSha256: 'abc' };

/** A table parser that reports `cells` (metric -> the exact cell text) wherever they occur in the text. */
function fakeTables(
  cells: Record<string, string>,
  template: 'none' | '2008' | '2021' = '2008',
): TableParsers {
  const find = (src: SourceText): Found[] =>
    Object.entries(cells).map(([metric, cell]) => {
      const start = src.raw.lastIndexOf(cell);
      if (start === -1) throw new Error(`test text lacks ${cell}`);
      return {
        metric,
        value: Number(cell.replace(/\D/g, '')),
        approx: false,
        method: 'table',
        quote: cell,
        start,
        end: start + cell.length,
      };
    });
  return {
    parseFormat2021: (src) =>
      template === '2021' ? { template: 'format-2021', found: find(src), checks: [] } : null,
    parseStatTable2008: (src) => (template === '2008' ? find(src) : []),
  };
}

const NO_TABLES = fakeTables({}, 'none');

describe('extractReport', () => {
  it('builds the report from the metadata and the unit id', () => {
    const text = `${TITLE}本年主动公开政府信息 100 条。`;
    const result = extractReport(text, { ...OPTIONS, unitId: 'demo-county', tables: NO_TABLES });
    expect(result.reports).toEqual([
      {
        id: 'demo-county-2020',
        unitId: 'demo-county',
        year: 2020,
        scope: 'county-aggregate',
        template: 'narrative',
        title: '某某县 2020 年政府信息公开工作年度报告',
        sourceFile: 'x.txt',
        sourceSha256: 'abc',
      },
    ]);
    expect(result.meta.body).toBe('某某县');
  });

  it('derives the unit id from the metadata when given a function, else slugs the body', () => {
    const text = `${TITLE}本年主动公开政府信息 100 条。`;
    expect(
      extractReport(text, { ...OPTIONS, unitId: (m) => `u-${m.year}`, tables: NO_TABLES }).reports[0]!.id,
    ).toBe('u-2020-2020');
    const slug = extractReport(text, { ...OPTIONS, tables: NO_TABLES }).reports[0]!.unitId;
    expect(slug).toBe(slugUnitId('某某县'));
    expect(slug).toMatch(/^unit-[0-9a-f]{8}$/);
    expect(slugUnitId('某某县')).not.toBe(slugUnitId('某某乡'));
  });

  const templates: { tables: TableParsers; template: string }[] = [
    { tables: fakeTables({ proactive_total: '100' }, '2021'), template: 'format-2021' },
    { tables: fakeTables({ proactive_total: '100' }, '2008'), template: 'stat-table-2008' },
    { tables: NO_TABLES, template: 'narrative' },
  ];
  for (const t of templates) {
    it(`sets template ${t.template}`, () => {
      const text = `${TITLE}本年主动公开政府信息 100 条。`;
      expect(extractReport(text, { ...OPTIONS, tables: t.tables }).reports[0]!.template).toBe(t.template);
    });
  }

  it('keeps offsets relative to the text without its BOM', () => {
    const text = `\ufeff${TITLE}本年主动公开政府信息 100 条。`;
    const [obs] = extractReport(text, { ...OPTIONS, tables: NO_TABLES }).observations;
    expect(text.slice(1).slice(obs!.start, obs!.end)).toBe(obs!.quote);
    expect(obs!.quote).toBe('主动公开政府信息 100 条');
  });

  it('prefers the table, keeps the text, and records a failed check quoting both', () => {
    const text = `${TITLE}本年主动公开政府信息 13230 余条。从事政府信息公开工作人员 5 人。\n统计表\n主动公开政府信息数\t条\t13231\n人员数\t人\t5`;
    const result = extractReport(text, {
      ...OPTIONS,
      unitId: 'u',
      tables: fakeTables({ proactive_total: '13231', staff_total: '\t5' }),
    });
    const totals = result.observations.filter((o) => o.metric === 'proactive_total');
    expect(totals.map((o) => [o.method, o.value, o.approx, o.primary])).toEqual([
      ['text', 13230, true, false],
      ['table', 13231, false, true],
    ]);
    const check = result.checks.find((c) => c.rule === 'text-vs-table:proactive_total');
    expect(check).toMatchObject({ reportId: 'u-2020', ok: false });
    expect(check!.detail).toContain('表格 13231');
    expect(check!.detail).toContain('正文 13230（约）「主动公开政府信息 13230 余条」');
    expect(result.checks.find((c) => c.rule === 'text-vs-table:staff_total')).toMatchObject({ ok: true });
    for (const o of result.observations) expect(text.slice(o.start, o.end)).toBe(o.quote);
  });
});

function textFound(metric: string, value: number, start: number, approx = false): Found {
  return { metric, value, approx, method: 'text', quote: `${value}`, start, end: start + 3 };
}
function tableFound(metric: string, value: number, start: number): Found {
  return { ...textFound(metric, value, start), method: 'table' };
}

describe('resolvePrimaries', () => {
  const cases: {
    name: string;
    found: Found[];
    primary: [string, number][];
    checks: { rule: string; ok: boolean }[];
  }[] = [
    {
      name: 'two passages with different values: the exact one wins, a conflict is recorded',
      found: [textFound('proactive_total', 900, 10, true), textFound('proactive_total', 514, 50)],
      primary: [['proactive_total', 514]],
      checks: [{ rule: 'conflict:proactive_total', ok: false }],
    },
    {
      name: 'two passages with the same value: the first is primary, no check',
      found: [textFound('apps_received', 18, 10), textFound('apps_received', 18, 90)],
      primary: [['apps_received', 18]],
      checks: [],
    },
    {
      name: 'two exact passages that differ: the first wins',
      found: [textFound('meetings', 4, 10), textFound('meetings', 5, 90)],
      primary: [['meetings', 4]],
      checks: [{ rule: 'conflict:meetings', ok: false }],
    },
    {
      name: 'a table bucket against finer text channels: compared as a sum, text not primary',
      found: [
        textFound('ch_other', 5956, 10),
        textFound('ch_app', 726, 20),
        textFound('ch_noticeboard', 283, 30),
        tableFound('ch_other', 6965, 90),
      ],
      primary: [['ch_other', 6965]],
      checks: [{ rule: 'text-vs-table:ch_other', ok: true }],
    },
    {
      name: 'a table bucket the finer text channels do not add up to',
      found: [
        textFound('ch_other', 5956, 10),
        textFound('ch_app', 700, 20),
        tableFound('ch_other', 6965, 90),
      ],
      primary: [['ch_other', 6965]],
      checks: [{ rule: 'text-vs-table:ch_other', ok: false }],
    },
    {
      name: 'finer text channels without a table stay primary',
      found: [textFound('ch_other', 14489, 10), textFound('ch_periodical', 858, 20)],
      primary: [
        ['ch_other', 14489],
        ['ch_periodical', 858],
      ],
      checks: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { observations, checks } = resolvePrimaries('r', c.found);
      expect(observations).toHaveLength(c.found.length);
      expect(observations.filter((o) => o.primary).map((o) => [o.metric, o.value])).toEqual(c.primary);
      expect(checks.map((k) => ({ rule: k.rule, ok: k.ok }))).toEqual(c.checks);
    });
  }
});

describe('not a report', () => {
  const cases: { name: string; text: string; reason: string }[] = [
    { name: 'empty text', text: '', reason: 'empty' },
    { name: 'text with NUL characters', text: `${TITLE}\u0000\u0000主动公开`, reason: 'binary' },
    {
      name: 'ordinary prose',
      text: '春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。',
      reason: 'no-title',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(() => extractReport(c.text, { ...OPTIONS, tables: NO_TABLES })).toThrow(NotAReportError);
      try {
        extractReport(c.text, { ...OPTIONS, tables: NO_TABLES });
      } catch (error) {
        expect((error as NotAReportError).reason).toBe(c.reason);
      }
    });
  }
});
