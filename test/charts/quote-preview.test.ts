import { describe, expect, it } from 'vitest';
import { quotePreview } from '../../src/charts/common';

describe('quotePreview', () => {
  it.each([
    { quote: '主动公开政府信息 42704 条', expected: '“主动公开政府信息 42704 条”' },
    { quote: '2.政府网站公开政府信息数\t条\t7970', expected: '“2.政府网站公开政府信息数 条 7970”' },
  ])('keeps a short quote whole, with whitespace folded: $quote', ({ quote, expected }) => {
    expect(quotePreview(quote)).toBe(expected);
  });

  it('shortens a long table quote in the middle so the value at its end stays visible', () => {
    const label = '(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)';
    const quote = `${label}${label} |\n万元 |\n100`;
    const preview = quotePreview(quote);
    expect(preview.endsWith('100”')).toBe(true);
    expect(preview.startsWith('“(四)政府信息公开')).toBe(true);
    expect(preview).toContain('…');
  });
});
