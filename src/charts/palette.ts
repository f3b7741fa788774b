// One fixed colour per region everywhere (lines, bars, checkboxes). Imported regions get a
// colour from the spare list, chosen by a stable hash of the name so it never changes
// between visits or with the filter selection.
const REGION_COLORS: Readonly<Record<string, string>> = {
  平罗: '#1f5fa8',
  盐池: '#c2571a',
  彭阳: '#2e8540',
  灵沙乡: '#8a3ea8',
};

const SPARE_COLORS = ['#b8860b', '#0f7c8c', '#a83e5c', '#5a6b1f', '#6b4f2e', '#3e4fa8', '#8c3a0f', '#2f6f6f'];

function stableHash(text: string): number {
  let hash = 0;
  for (const ch of text) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return hash;
}

export function regionColor(region: string): string {
  return REGION_COLORS[region] ?? SPARE_COLORS[stableHash(region) % SPARE_COLORS.length]!;
}

/** Bucket colours for the stacked views, chosen to stay apart from each other in print. */
export const OUTCOME_COLORS: Readonly<Record<string, string>> = {
  public: '#2e8540',
  partial: '#8fbf5a',
  denied: '#c0392b',
  unavailable: '#e0a030',
  other: '#7f8c8d',
};

export const CHANNEL_COLORS: Readonly<Record<string, string>> = {
  ch_website: '#1f5fa8',
  ch_weibo: '#d9534f',
  ch_wechat: '#2e9e4f',
  ch_weibo_wechat: '#7aa37a',
  ch_new_media: '#8e6bb0',
  ch_gazette: '#b8860b',
  ch_other: '#8c8c8c',
};

export const STAFF_COLORS = {
  fulltime: '#1f5fa8',
  parttime: '#8db3e2',
  unsplit: '#a0a0a0',
  funding: '#c2571a',
  appsReceived: '#34495e',
} as const;

export const NOT_REPORTED_COLOR = '#d5d8dc';
