import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchUnit, parseUnits } from '../../src/build/units';

const units = parseUnits(JSON.parse(readFileSync('data/units.json', 'utf8')));

describe('matchUnit', () => {
  const cases: { body: string; id: string | undefined }[] = [
    { body: '平罗县', id: 'pingluo-county' },
    { body: '平罗县人民政府', id: 'pingluo-county' },
    { body: '平罗县人民政府办公室', id: 'pingluo-office' },
    { body: '平罗县灵沙乡人民政府', id: 'lingsha-township' },
    { body: '盐池县', id: 'yanchi-county' },
    { body: '彭阳县', id: 'pengyang-county' },
    { body: '淮安市洪泽区人民政府', id: undefined },
  ];
  for (const c of cases) {
    it(c.body, () => {
      expect(matchUnit(units, c.body)?.id).toBe(c.id);
    });
  }
});

describe('parseUnits', () => {
  const valid = { id: 'a', name: '某县', level: 'county', region: '某' };
  const cases: { name: string; json: unknown; error: RegExp }[] = [
    { name: 'not an array', json: {}, error: /expected an array/ },
    { name: 'unknown level', json: [{ ...valid, level: 'city' }], error: /entry 0: unknown level/ },
    { name: 'missing name', json: [{ ...valid, name: '' }], error: /entry 0: "name"/ },
    { name: 'duplicate id', json: [valid, valid], error: /entry 1: duplicate id/ },
    { name: 'unknown parent', json: [{ ...valid, parentId: 'x' }], error: /unknown parentId "x"/ },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      expect(() => parseUnits(c.json)).toThrow(c.error);
    });
  }

  it('reads the shipped registry', () => {
    expect(units.map((u) => u.id)).toEqual([
      'pingluo-county',
      'pingluo-office',
      'lingsha-township',
      'yanchi-county',
      'pengyang-county',
    ]);
  });
});
