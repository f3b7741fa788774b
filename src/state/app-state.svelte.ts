// The app's view state: route and filters, kept in the URL hash (url-state.ts). Defaults
// come from the data (all regions when few, the years the reports cover); a parameter is
// written to the URL only while it differs from its default.
import type { ChannelMode } from '../charts/build-channel-mix-option';
import type { Locale } from '../i18n/strings';
import { KNOWN_REGIONS } from '../db/queries';
import {
  MAX_QUERY_LENGTH,
  parseHash,
  serializeHash,
  type AppLocation,
  type Route,
  type UrlParams,
} from './url-state';

/** With more regions than this (e.g. a national dataset) only the first few start ticked. */
const MAX_DEFAULT_REGIONS = 8;
const FALLBACK_YEARS = { from: 2016, to: 2023 };

export interface DataExtent {
  regions: string[];
  years: number[];
}

export function defaultRegions(available: readonly string[]): string[] {
  if (available.length <= MAX_DEFAULT_REGIONS) return [...available];
  const known = available.filter((r) => (KNOWN_REGIONS as readonly string[]).includes(r));
  return known.length ? known : available.slice(0, KNOWN_REGIONS.length);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export class AppState {
  location = $state<AppLocation>({ route: { kind: 'overview' }, params: {} });
  extent = $state<DataExtent>({ regions: [], years: [] });

  constructor(hash: string = typeof location === 'undefined' ? '' : location.hash) {
    this.location = parseHash(hash);
  }

  get route(): Route {
    return this.location.route;
  }
  get locale(): Locale {
    return this.location.params.lang ?? 'zh';
  }
  get channelMode(): ChannelMode {
    return this.location.params.mode ?? 'count';
  }
  /**
   * Derived once per extent, not per read: every filter change reads it through `regions`,
   * `from` and `to` several times (recomputed, it was ~2 ms of a national filter change).
   */
  readonly defaults = $derived.by(() => {
    const years = this.extent.years.length ? this.extent.years : [FALLBACK_YEARS.from, FALLBACK_YEARS.to];
    return { regions: defaultRegions(this.extent.regions), from: Math.min(...years), to: Math.max(...years) };
  });
  get regions(): string[] {
    return this.location.params.regions ?? this.defaults.regions;
  }
  get from(): number {
    return this.location.params.from ?? this.defaults.from;
  }
  get to(): number {
    return this.location.params.to ?? this.defaults.to;
  }
  /** The unit search; empty when there is none. */
  get query(): string {
    return this.location.params.q ?? '';
  }
  /** Every year a user may pick: the data's years, widened to a contiguous range. */
  get selectableYears(): number[] {
    const { from, to } = this.defaults;
    const low = Math.min(from, this.from);
    const high = Math.max(to, this.to);
    return Array.from({ length: high - low + 1 }, (_, i) => low + i);
  }

  /** Applies a change and writes the hash; values equal to their default are left out. */
  update(change: Partial<UrlParams>, route: Route = this.location.route): void {
    const params: UrlParams = { ...this.location.params, ...change };
    const d = this.defaults;
    if (params.regions && sameList(params.regions, d.regions)) delete params.regions;
    if (params.from === d.from) delete params.from;
    if (params.to === d.to) delete params.to;
    if (params.lang === 'zh') delete params.lang;
    if (params.mode === 'count') delete params.mode;
    for (const key of Object.keys(params) as (keyof UrlParams)[])
      if (params[key] === undefined) delete params[key];
    const newEntry =
      serializeHash({ route, params: {} }) !== serializeHash({ route: this.location.route, params: {} });
    this.location = { route, params };
    this.writeHash(newEntry);
  }

  setRegions(regions: string[]): void {
    // Keep the filter order stable whatever order boxes were ticked in.
    this.update({ regions: this.extent.regions.filter((r) => regions.includes(r)) });
  }

  setYears(from: number, to: number): void {
    this.update(from <= to ? { from, to } : { from: to, to: from });
  }

  setQuery(query: string): void {
    const q = query.trim().slice(0, MAX_QUERY_LENGTH);
    this.update({ q: q === '' ? undefined : q });
  }

  navigate(route: Route): void {
    this.location = { route, params: this.location.params };
    this.writeHash(true);
  }

  /** Called on hashchange (back/forward, a pasted URL). */
  syncFromHash(hash: string): void {
    this.location = parseHash(hash);
  }

  hrefFor(route: Route): string {
    return serializeHash({ route, params: this.location.params });
  }

  /** A filter change's URL rewrite is waiting for the task after the charts are drawn. */
  private replacePending = false;

  /**
   * A new route is a new history entry at once. A filter change only rewrites the current
   * entry: that waits for the next task, so it is not part of the change's latency (replaceState
   * was 2-8 ms of a national filter change), and changes in quick succession write it once.
   */
  private writeHash(newEntry: boolean): void {
    if (typeof location === 'undefined') return;
    if (newEntry) {
      this.replacePending = false;
      const hash = serializeHash(this.location);
      if (hash !== location.hash) history.pushState(null, '', hash);
      return;
    }
    if (this.replacePending) return;
    this.replacePending = true;
    setTimeout(() => {
      if (!this.replacePending) return;
      this.replacePending = false;
      // The state as it is now: a later change, or back/forward (syncFromHash), may have moved it.
      const hash = serializeHash(this.location);
      if (hash !== location.hash) history.replaceState(null, '', hash);
    }, 0);
  }
}
