// The app's location in the URL hash, so a copied URL restores the view:
//   #/                 overview        #/view/<trend|outcomes|staffing|channels>
//   #/report/<id>      one report      ?regions=平罗,盐池&from=2016&to=2023&lang=en&mode=share
// Only parameters the user changed are present; parsing drops anything malformed.
import { CHART_NAMES, type ChartName } from '../charts/option-types';
import type { ChannelMode } from '../charts/build-channel-mix-option';
import { LOCALES, type Locale } from '../i18n/strings';

export type Route = { kind: 'overview' } | { kind: 'view'; view: ChartName } | { kind: 'report'; id: string };

export interface UrlParams {
  regions?: string[];
  from?: number;
  to?: number;
  lang?: Locale;
  mode?: ChannelMode;
}

export interface AppLocation {
  route: Route;
  params: UrlParams;
}

const YEAR = /^\d{4}$/;
const MODES: readonly ChannelMode[] = ['count', 'share'];

function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, arg] = parts;
  if (head === 'view' && arg && (CHART_NAMES as readonly string[]).includes(arg))
    return { kind: 'view', view: arg as ChartName };
  if (head === 'report' && arg) return { kind: 'report', id: arg };
  return { kind: 'overview' };
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

/** Raw (still escaped) query values: URLSearchParams would decode %2C and read + as a space. */
function readQuery(query: string) {
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
  const lang = query.get('lang');
  if (lang && (LOCALES as readonly string[]).includes(lang)) params.lang = lang as Locale;
  const mode = query.get('mode');
  if (mode && (MODES as readonly string[]).includes(mode)) params.mode = mode as ChannelMode;
  let route: Route;
  try {
    route = parseRoute(path);
  } catch {
    route = { kind: 'overview' };
  }
  return { route, params };
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
  if (params.lang) query.push(`lang=${params.lang}`);
  if (params.mode) query.push(`mode=${params.mode}`);
  return `#${routePath(route)}${query.length ? `?${query.join('&')}` : ''}`;
}
