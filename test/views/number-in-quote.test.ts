import { describe, expect, it } from 'vitest';
import { locateValueInQuote, splitQuoteAtValue } from '../../src/views/number-in-quote';

describe('locateValueInQuote', () => {
  const cases = [
    {
      name: 'table row: the value cell, not the number in the label',
      quote: '2.政府网站公开政府信息数\t条\t7970',
      value: 7970,
      method: 'table',
      marked: '7970',
    },
    {
      name: 'table row whose label holds the same digit',
      quote: '(一) 主动公开政府信息数 (不同渠道和方式公开相同信息计 1 条)\t条\t1',
      value: 1,
      method: 'table',
      marked: '1',
    },
    {
      name: 'table row with cells side by side',
      quote: '自然人 1 234',
      value: 234,
      method: 'table',
      marked: '234',
    },
    {
      name: 'table money cell',
      quote: '政府信息公开专项经费\t万元\t7730.28',
      value: 7730.28,
      method: 'table',
      marked: '7730.28',
    },
    {
      name: 'table cell with thousands separator',
      quote: '网站访问量\t次\t1,136',
      value: 1136,
      method: 'table',
      marked: '1,136',
    },
    {
      name: 'text phrase',
      quote: '主动公开政府信息 42704 条',
      value: 42704,
      method: 'text',
      marked: '42704',
    },
    { name: '万 multiplier', quote: '主动公开信息 1.3 万条', value: 13000, method: 'text', marked: '1.3 万' },
    { name: '余 suffix', quote: '主动公开各类信息 900 余条', value: 900, method: 'text', marked: '900 余' },
    {
      name: '约 prefix with 万',
      quote: '网站访问量约124万次',
      value: 1_240_000,
      method: 'text',
      marked: '约124万',
    },
    { name: 'full-width digits', quote: '受理政府信息公开申请５件', value: 5, method: 'text', marked: '５' },
    {
      name: 'the number that is the value, not the first',
      quote: '其中专职人员 15 名，兼职人员 54 名',
      value: 54,
      method: 'text',
      marked: '54',
    },
    { name: 'metric kept in 万元', quote: '专项经费 5 万元', value: 5, method: 'text', marked: '5 万' },
    {
      name: 'derived: the value is not printed',
      quote: '主动公开政府信息共 13230 余条，同比增加 36.1%',
      value: 9721,
      method: 'derived',
      marked: null,
    },
    { name: 'stated zero in words', quote: '没有依申请公开事项', value: 0, method: 'text', marked: null },
  ] as const;
  for (const c of cases) {
    it(c.name, () => {
      const range = locateValueInQuote(c);
      expect(range === null ? null : c.quote.slice(range.start, range.end)).toBe(c.marked);
    });
  }

  it('splits a quote so the three parts give the quote back', () => {
    const statement = { quote: '<img src=x onerror=alert(1)>\t条\t12', value: 12, method: 'table' } as const;
    const parts = splitQuoteAtValue(statement);
    expect(parts).toEqual({ before: '<img src=x onerror=alert(1)>\t条\t', value: '12', after: '' });
  });
});
