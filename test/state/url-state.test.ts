import { describe, expect, it } from 'vitest';
import { anchorOfRoute, parseHash, serializeHash, type AppLocation } from '../../src/state/url-state';
import { AppState, defaultRegions } from '../../src/state/app-state.svelte';

describe('URL state', () => {
  const roundTrips: { hash: string; location: AppLocation }[] = [
    { hash: '#/', location: { route: { kind: 'overview' }, params: {} } },
    {
      hash: '#/?regions=平罗,盐池&from=2016&to=2023&lang=en',
      location: {
        route: { kind: 'overview' },
        params: { regions: ['平罗', '盐池'], from: 2016, to: 2023, lang: 'en' },
      },
    },
    {
      hash: '#/view/channels?mode=share',
      location: { route: { kind: 'view', view: 'channels' }, params: { mode: 'share' } },
    },
    {
      hash: '#/report/pengyang-county-2018?lang=en',
      location: { route: { kind: 'report', id: 'pengyang-county-2018' }, params: { lang: 'en' } },
    },
    {
      hash: '#/report/pengyang-county-2018?lang=en&at=1234&metric=proactive_total',
      location: {
        route: { kind: 'report', id: 'pengyang-county-2018', at: 1234, metric: 'proactive_total' },
        params: { lang: 'en' },
      },
    },
    {
      hash: '#/report/lingsha-township-2018?metric=ch_website',
      location: { route: { kind: 'report', id: 'lingsha-township-2018', metric: 'ch_website' }, params: {} },
    },
    {
      hash: '#/report/a?regions=平罗&from=2017&at=0',
      location: { route: { kind: 'report', id: 'a', at: 0 }, params: { regions: ['平罗'], from: 2017 } },
    },
    { hash: '#/?regions=', location: { route: { kind: 'overview' }, params: { regions: [] } } },
    {
      hash: '#/?from=2017&q=平罗县&lang=en',
      location: { route: { kind: 'overview' }, params: { from: 2017, q: '平罗县', lang: 'en' } },
    },
    { hash: '#/?q=a%26b%20c', location: { route: { kind: 'overview' }, params: { q: 'a&b c' } } },
    {
      hash: '#/?regions=A%26B%2CC,洪泽',
      location: { route: { kind: 'overview' }, params: { regions: ['A&B,C', '洪泽'] } },
    },
  ];
  for (const { hash, location } of roundTrips) {
    it(`parses and writes back ${hash}`, () => {
      expect(parseHash(hash)).toEqual(location);
      expect(serializeHash(location)).toBe(hash);
    });
  }

  const malformed = [
    { hash: '', expected: { route: { kind: 'overview' }, params: {} } },
    { hash: '#/view/pie?from=20x6&lang=fr&mode=pie', expected: { route: { kind: 'overview' }, params: {} } },
    { hash: '#/report/%E0%A4%A', expected: { route: { kind: 'overview' }, params: {} } },
    { hash: '#/?to=2019', expected: { route: { kind: 'overview' }, params: { to: 2019 } } },
    { hash: '#/?q=%20%20', expected: { route: { kind: 'overview' }, params: {} } },
    {
      hash: `#/?q=${'长'.repeat(80)}`,
      expected: { route: { kind: 'overview' }, params: { q: '长'.repeat(50) } },
    },
    {
      hash: '#/report/a?at=-3&metric=%3Cb%3E&lang=en',
      expected: { route: { kind: 'report', id: 'a' }, params: { lang: 'en' } },
    },
    {
      hash: '#/report/a?at=1.5&metric=',
      expected: { route: { kind: 'report', id: 'a' }, params: {} },
    },
    // An anchor only means something on a report page.
    {
      hash: '#/view/trend?at=12&metric=proactive_total',
      expected: { route: { kind: 'view', view: 'trend' }, params: {} },
    },
  ];
  for (const { hash, expected } of malformed) {
    it(`drops what it cannot read in ${JSON.stringify(hash)}`, () =>
      expect(parseHash(hash)).toEqual(expected));
  }
});

describe('AppState', () => {
  function stateWithData(hash = '') {
    const state = new AppState(hash);
    state.extent = { regions: ['平罗', '盐池', '彭阳', '灵沙乡'], years: [2016, 2017, 2018, 2023] };
    return state;
  }

  it('starts from the data: all regions, the years the reports cover', () => {
    const state = stateWithData();
    expect([state.regions, state.from, state.to, state.locale]).toEqual([
      ['平罗', '盐池', '彭阳', '灵沙乡'],
      2016,
      2023,
      'zh',
    ]);
    expect(state.selectableYears).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it('writes only what the user changed, in the filter order', () => {
    const state = stateWithData();
    state.setRegions(['盐池', '平罗']);
    state.update({ lang: 'en' });
    expect(state.hrefFor(state.route)).toBe('#/?regions=平罗,盐池&lang=en');
    state.setRegions(['平罗', '盐池', '彭阳', '灵沙乡']);
    state.update({ lang: 'zh' });
    expect(state.hrefFor(state.route)).toBe('#/');
  });

  it('keeps a unit search in the URL, trimmed, and drops it when cleared', () => {
    const state = stateWithData();
    state.setQuery('  盐池 ');
    expect([state.query, state.hrefFor(state.route)]).toEqual(['盐池', '#/?q=盐池']);
    state.setQuery('');
    expect([state.query, state.hrefFor(state.route)]).toEqual(['', '#/']);
  });

  it('orders a reversed year range', () => {
    const state = stateWithData();
    state.setYears(2020, 2017);
    expect([state.from, state.to]).toEqual([2017, 2020]);
  });

  it('restores filters from a copied URL', () => {
    const state = stateWithData('#/view/trend?regions=彭阳&from=2017&to=2018&lang=en');
    expect([state.route, state.regions, state.from, state.to, state.locale]).toEqual([
      { kind: 'view', view: 'trend' },
      ['彭阳'],
      2017,
      2018,
      'en',
    ]);
  });

  it("keeps a report link's anchor when the language changes, and drops it on leaving", () => {
    const state = stateWithData('#/report/pengyang-county-2018?at=1234&metric=proactive_total');
    expect(anchorOfRoute(state.route)).toEqual({ at: 1234, metric: 'proactive_total' });
    state.update({ lang: 'en' });
    expect(state.hrefFor(state.route)).toBe(
      '#/report/pengyang-county-2018?lang=en&at=1234&metric=proactive_total',
    );
    state.navigate({ kind: 'overview' });
    expect([state.hrefFor(state.route), anchorOfRoute(state.route)]).toEqual(['#/?lang=en', undefined]);
  });

  it('ticks only the known regions by default when a dataset has many', () => {
    const many = Array.from({ length: 30 }, (_, i) => `省${i}`);
    expect(defaultRegions(many)).toEqual(['省0', '省1', '省2', '省3']);
    expect(defaultRegions([...many, '彭阳'])).toEqual(['彭阳']);
  });
});
