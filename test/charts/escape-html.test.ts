import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/charts/escape-html';

describe('escapeHtml', () => {
  const cases = [
    { input: '平罗县', expected: '平罗县' },
    { input: '<img src=x onerror=alert(1)>', expected: '&lt;img src=x onerror=alert(1)&gt;' },
    { input: 'a & b', expected: 'a &amp; b' },
    { input: `"quoted" 'single'`, expected: '&quot;quoted&quot; &#39;single&#39;' },
    { input: '&lt;', expected: '&amp;lt;' },
    { input: 42704, expected: '42704' },
  ];
  for (const { input, expected } of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => expect(escapeHtml(input)).toBe(expected));
  }
});
