// The app's location in the URL hash, so a copied URL restores the view:
//   #/                 overview        #/view/<trend|outcomes|staffing|channels>
//   #/report/<id>      one report      ?regions=平罗,盐池&from=2016&to=2023&q=平罗&lang=en&mode=share
// A report route may end in &at=<offset>&metric=<key> (evidence.ts withReportAnchor): the
// statement to scroll to. Only parameters the user changed are present; parsing drops
// anything malformed.
import { CHART_NAMES, type ChartName } from '../charts/option-types';
import type { ChannelMode } from '../charts/build-channel-mix-option';
import { LOCALES, type Locale } from '../i18n/strings';

/** On a report route: the statement to land on (its text offset and/or its metric). */
export interface ReportAnchor {
  at?: number;
  metric?: string;
}

export type Route =
  { kind: 'overview' } | { kind: 'view'; view: ChartName } | ({ kind: 'report'; id: string } & ReportAnchor);

export interface UrlParams {
  regions?: string[];
  from?: number;
  to?: number;
  /** Unit search (name or id contains it). */
  q?: string;
  lang?: Locale;
  mode?: ChannelMode;
}

export interface AppLocation {
  route: Route;
  params: UrlParams;
}

const YEAR = /^\d{4}$/;
/** A search longer than this is not a unit name: it is cut, not refused. */
export const MAX_QUERY_LENGTH = 50;
const OFFSET = /^\d+$/;
/** Metric keys are snake_case (src/model/metrics.ts); anything else is not a link we wrote. */
const METRIC_KEY = /^[a-z][a-z0-9_]*$/;
const MODES: readonly ChannelMode[] = ['count', 'share'];

function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, arg] = parts;
  if (head === 'view' && arg && (CHART_NAMES as readonly string[]).includes(arg))
    return { kind: 'view', view: arg as ChartName };
  if (head === 'report' && arg) return { kind: 'report', id: arg };
  return { kind: 'overview' };
}

/** The anchor belongs to the route, not to the params: it is dropped on leaving the report. */
function withAnchor(route: Route, query: QueryReader): Route {
  if (route.kind !== 'report') return route;
  const at = query.raw('at');
  const metric = query.raw('metric');
  return {
    ...route,
    ...(at !== null && OFFSET.test(at) ? { at: Number(at) } : {}),
    ...(metric !== null && METRIC_KEY.test(metric) ? { metric } : {}),
  };
}

function parseYear(value: string | null): number | undefined {
  return value !== null && YEAR.test(value) ? Number(value) : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface QueryReader {
  /** The value as written, still escaped. */
  raw(key: string): string | null;
  /** The decoded value (as written when it does not decode); null when absent. */
  get(key: string): string | null;
}

/** Raw (still escaped) query values: URLSearchParams would decode %2C and read + as a space. */
function readQuery(query: string): QueryReader {
  const raw = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && !raw.has(pair.slice(0, eq))) raw.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return {
    raw: (key: string) => raw.get(key) ?? null,
    get: (key: string) => {
      const value = raw.get(key);
      return value === undefined ? null : safeDecode(value);
    },
  };
}

export function parseHash(hash: string): AppLocation {
  const body = hash.replace(/^#/, '');
  const queryAt = body.indexOf('?');
  const path = queryAt >= 0 ? body.slice(0, queryAt) : body;
  const query = readQuery(queryAt >= 0 ? body.slice(queryAt + 1) : '');
  const params: UrlParams = {};
  const regions = query.raw('regions');
  // Split before decoding: a region name may itself contain an escaped comma.
  if (regions !== null)
    params.regions = regions
      .split(',')
      .map(safeDecode)
      .map((r) => r.trim())
      .filter(Boolean);
  const from = parseYear(query.get('from'));
  const to = parseYear(query.get('to'));
  if (from !== undefined) params.from = from;
  if (to !== undefined) params.to = to;
  const q = query.get('q')?.trim().slice(0, MAX_QUERY_LENGTH);
  if (q) params.q = q;
  const lang = query.get('lang');
  if (lang && (LOCALES as readonly string[]).includes(lang)) params.lang = lang as Locale;
  const mode = query.get('mode');
  if (mode && (MODES as readonly string[]).includes(mode)) params.mode = mode as ChannelMode;
  let route: Route;
  try {
    route = withAnchor(parseRoute(path), query);
  } catch {
    route = { kind: 'overview' };
  }
  return { route, params };
}

/** The statement a report route points at; undefined on other routes or without one. */
export function anchorOfRoute(route: Route): ReportAnchor | undefined {
  if (route.kind !== 'report' || (route.at === undefined && route.metric === undefined)) return undefined;
  return {
    ...(route.at !== undefined ? { at: route.at } : {}),
    ...(route.metric !== undefined ? { metric: route.metric } : {}),
  };
}

function routePath(route: Route): string {
  switch (route.kind) {
    case 'overview':
      return '/';
    case 'view':
      return `/view/${route.view}`;
    case 'report':
      return `/report/${encodeURIComponent(route.id)}`;
  }
}

/** Region names stay readable: only characters that would break the query are escaped. */
function encodeValue(value: string): string {
  return value.replace(/[%&#=+,?\s]/g, (ch) => encodeURIComponent(ch));
}

export function serializeHash({ route, params }: AppLocation): string {
  const query: string[] = [];
  if (params.regions) query.push(`regions=${params.regions.map(encodeValue).join(',')}`);
  if (params.from !== undefined) query.push(`from=${params.from}`);
  if (params.to !== undefined) query.push(`to=${params.to}`);
  if (params.q) query.push(`q=${encodeValue(params.q)}`);
  if (params.lang) query.push(`lang=${params.lang}`);
  if (params.mode) query.push(`mode=${params.mode}`);
  // Last, as withReportAnchor appends them to a link that already carries the params.
  if (route.kind === 'report' && route.at !== undefined) query.push(`at=${route.at}`);
  if (route.kind === 'report' && route.metric !== undefined) query.push(`metric=${route.metric}`);
  return `#${routePath(route)}${query.length ? `?${query.join('&')}` : ''}`;
}
