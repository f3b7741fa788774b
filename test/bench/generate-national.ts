// A synthetic national dataset for scale benchmarks: ~3,000 units (counties in every province,
// plus offices and townships) x 2016-2023, following the Dataset contract of src/model/types.ts.
// Values follow the shapes real reports show (log-normal totals, channel shares, outcome
// splits, small staff counts, funding in 万元) with gaps: missing years and unstated metrics.
// Usage: tsx test/bench/generate-national.ts OUT.json [--units 3000] [--seed 20240601]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FACTS_FILE_NAME, serializeFactsFile } from '../../src/db/facts-file';
import { METRICS, getMetric } from '../../src/model/metrics';
import type { Check, Dataset, Observation, Report, ReportTemplate, Unit } from '../../src/model/types';
import { createRandom, type Random } from './prng';

export interface NationalOptions {
  units: number;
  seed: number;
  firstYear: number;
  lastYear: number;
}

export const DEFAULT_NATIONAL_OPTIONS: NationalOptions = {
  units: 3000,
  seed: 20240601,
  firstYear: 2016,
  lastYear: 2023,
};

const PROVINCES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
] as const;
const NAME_SYLLABLES = [...'安平清河东西南北新长永宁和丰泰昌兴隆华阳山水江源石城乐康德福明光远定武'];

/** Shares of the units that are county governments; the rest split between offices and townships. */
const COUNTY_SHARE = 0.9;
const OFFICE_SHARE = 0.05;
const MISSING_YEAR_RATE = 0.1;
const UNSTATED_METRIC_RATE = 0.12;
const APPROX_RATE = 0.05;

/** Outcome mix of 依申请公开 decisions, roughly what county reports show after 2019. */
const OUTCOME_WEIGHTS: ReadonlyArray<[string, number]> = [
  ['out_granted', 0.38],
  ['out_already_public', 0.1],
  ['out_partial', 0.08],
  ['out_denied', 0.05],
  ['out_not_exist', 0.2],
  ['out_not_this_agency', 0.07],
  ['out_needs_creation', 0.03],
  ['out_unclear', 0.02],
  ['out_not_processed', 0.04],
  ['out_other', 0.03],
];

function templateFor(year: number, random: Random): ReportTemplate {
  if (random.chance(0.08)) return 'narrative';
  if (year <= 2018) return 'stat-table-2008';
  return year <= 2020 ? 'format-2019' : 'format-2021';
}

/** Two-character names as most counties have; a third character once the short ones run out. */
function makeUnitName(random: Random, taken: Set<string>, suffix: string): string {
  for (let attempt = 0; ; attempt += 1) {
    const stem = random.pick(NAME_SYLLABLES) + random.pick(NAME_SYLLABLES);
    const name = (attempt < 8 ? stem : stem + random.pick(NAME_SYLLABLES)) + suffix;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

export function generateUnits(count: number, random: Random): Unit[] {
  const taken = new Set<string>();
  const units: Unit[] = [];
  const counties: Unit[] = [];
  for (let i = 0; i < count; i += 1) {
    const province = PROVINCES[i % PROVINCES.length] as string;
    const roll = random.next();
    const parent = counties.length > 0 ? random.pick(counties) : undefined;
    if (roll < COUNTY_SHARE || !parent) {
      const county: Unit = {
        id: `n-county-${i}`,
        name: makeUnitName(random, taken, random.chance(0.2) ? '区' : '县'),
        level: 'county',
        region: province,
        adminCode: String(110000 + i * 7).padStart(6, '0'),
      };
      counties.push(county);
      units.push(county);
    } else {
      const office = roll < COUNTY_SHARE + OFFICE_SHARE;
      units.push({
        id: `n-${office ? 'office' : 'township'}-${i}`,
        name: parent.name + (office ? '人民政府办公室' : makeUnitName(random, taken, '乡')),
        level: office ? 'office' : 'township',
        parentId: parent.id,
        region: parent.region,
      });
    }
  }
  return units;
}

/** Splits a total into integer parts by weight (largest remainder), so the parts add up. */
export function splitByWeights(total: number, weights: readonly number[], random: Random): number[] {
  const jittered = weights.map((w) => w * (0.5 + random.next()));
  const sum = jittered.reduce((a, b) => a + b, 0);
  const exact = jittered.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let remainder = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, index] of order) {
    if (remainder <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    remainder -= 1;
  }
  return parts;
}

/** Per-unit scale, so a unit's numbers stay plausible from year to year. */
interface UnitProfile {
  proactive: number;
  applications: number;
  staff: number;
  funding: number;
}

function profileFor(unit: Unit, random: Random): UnitProfile {
  const levelScale = unit.level === 'county' ? 1 : 0.15;
  return {
    proactive: random.logNormal(Math.log(3000), 0.9) * levelScale,
    applications: random.logNormal(Math.log(15), 1.1) * levelScale,
    staff: Math.max(1, Math.round(random.logNormal(Math.log(8), 0.6) * levelScale)),
    funding: random.logNormal(Math.log(6), 0.8) * levelScale,
  };
}

/** Writes observations for one report as a report text would state them, with offsets. */
class ObservationWriter {
  readonly observations: Observation[] = [];
  private offset = 0;
  constructor(
    private readonly reportId: string,
    private readonly method: Observation['method'],
    private readonly random: Random,
  ) {}

  add(metric: string, value: number, decimals = 0): void {
    if (this.random.chance(UNSTATED_METRIC_RATE)) return; // "not reported" is absent, never 0
    const def = getMetric(metric);
    if (!def) throw new Error(`unknown metric ${metric}`);
    const rounded = Number(value.toFixed(decimals));
    const approx = this.method === 'text' && this.random.chance(APPROX_RATE);
    const quote = `${def.zh}${approx ? '约' : ''} ${rounded} ${def.unit}`;
    this.offset += 20 + this.random.int(0, 200);
    this.observations.push({
      reportId: this.reportId,
      metric,
      value: rounded,
      approx,
      method: this.method,
      quote,
      start: this.offset,
      end: this.offset + quote.length,
      primary: true,
    });
    this.offset += quote.length;
  }
}

function describeReport(
  report: Report,
  profile: UnitProfile,
  random: Random,
): { observations: Observation[]; checks: Check[] } {
  const growth = 1.08 ** (report.year - 2016);
  const writer = new ObservationWriter(report.id, report.template === 'narrative' ? 'text' : 'table', random);
  const checks: Check[] = [];

  const proactive = Math.round(profile.proactive * growth * random.logNormal(0, 0.2));
  writer.add('proactive_total', proactive);
  writer.add('website_visits', proactive * random.logNormal(Math.log(40), 0.7));
  const channels = splitByWeights(proactive, [0.7, 0.1, 0.15, 0.02, 0.03], random);
  ['ch_website', 'ch_weibo', 'ch_wechat', 'ch_gazette', 'ch_other'].forEach((key, i) =>
    writer.add(key, channels[i] ?? 0),
  );
  // A few reports count channels over a different base than the total: the sum check fails.
  const channelsAgree = !random.chance(0.15);
  checks.push({
    reportId: report.id,
    rule: 'channels-sum',
    ok: channelsAgree,
    detail: channelsAgree ? `channels sum to ${proactive}` : `channels do not sum to ${proactive}`,
  });

  const received = Math.round(profile.applications * random.logNormal(0, 0.4));
  writer.add('apps_received', received);
  writer.add('apps_carried_over', random.int(0, Math.ceil(received / 10)));
  const outcomes = splitByWeights(
    received,
    OUTCOME_WEIGHTS.map(([, w]) => w),
    random,
  );
  OUTCOME_WEIGHTS.forEach(([key], i) => writer.add(key, outcomes[i] ?? 0));
  writer.add('out_total', received);
  writer.add('review_total', random.int(0, Math.ceil(received / 8)));
  writer.add('litigation_total', random.int(0, Math.ceil(received / 12)));

  const fulltime = Math.max(0, Math.round(profile.staff * (0.2 + random.next() * 0.4)));
  const staff = Math.max(fulltime, Math.round(profile.staff * random.logNormal(0, 0.15)));
  writer.add('staff_total', staff);
  writer.add('staff_fulltime', fulltime);
  writer.add('staff_parttime', staff - fulltime);
  checks.push({
    reportId: report.id,
    rule: 'staff-sum',
    ok: true,
    detail: `${fulltime} + ${staff - fulltime} = ${staff}`,
  });
  writer.add('funding_wan_yuan', profile.funding * random.logNormal(0, 0.3), 1);
  writer.add('meetings', random.int(1, 12));
  writer.add('training_sessions', random.int(1, 10));
  writer.add('trainees', random.int(20, 600));
  return { observations: writer.observations, checks };
}

function contentVersion(body: Omit<Dataset, 'version'>): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
}

export function generateNationalDataset(options: Partial<NationalOptions> = {}): Dataset {
  // Spread only the options given: an explicit undefined must not erase a default.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const { units: unitCount, seed, firstYear, lastYear } = { ...DEFAULT_NATIONAL_OPTIONS, ...given };
  const random = createRandom(seed);
  const units = generateUnits(unitCount, random);
  const reports: Report[] = [];
  const observations: Observation[] = [];
  const checks: Check[] = [];
  for (const unit of units) {
    const profile = profileFor(unit, random);
    for (let year = firstYear; year <= lastYear; year += 1) {
      if (random.chance(MISSING_YEAR_RATE)) continue;
      const report: Report = {
        id: `${unit.id}-${year}`,
        unitId: unit.id,
        year,
        scope: unit.level === 'county' ? 'county-aggregate' : unit.level,
        template: templateFor(year, random),
        title: `${unit.name}${year}年政府信息公开工作年度报告`,
        sourceFile: `synthetic/${unit.id}-${year}.txt`,
        sourceSha256: createHash('sha256').update(`${unit.id}-${year}-${seed}`).digest('hex'),
      };
      reports.push(report);
      const described = describeReport(report, profile, random);
      observations.push(...described.observations);
      checks.push(...described.checks);
    }
  }
  const body = { schemaVersion: 1 as const, metrics: [...METRICS], units, reports, observations, checks };
  const { schemaVersion, ...rest } = body;
  return { schemaVersion, version: contentVersion(body), ...rest };
}

function readFlag(args: readonly string[], name: string): number | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : undefined;
}

export function writeNationalDataset(path: string, options: Partial<NationalOptions> = {}): Dataset {
  const dataset = generateNationalDataset(options);
  writeFileSync(path, JSON.stringify(dataset));
  // Beside it, as the build writes it: the first visit reads the chart facts from there.
  writeFileSync(join(dirname(path), FACTS_FILE_NAME), serializeFactsFile(dataset));
  return dataset;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out || out.startsWith('--')) {
    console.error(
      'usage: tsx test/bench/generate-national.ts OUT/dataset.json [--units 3000] [--seed N] (facts.json beside it)',
    );
    process.exit(2);
  }
  const dataset = writeNationalDataset(out, {
    units: readFlag(args, '--units'),
    seed: readFlag(args, '--seed'),
  });
  console.log(
    `${out}: ${dataset.units.length} units, ${dataset.reports.length} reports, ${dataset.observations.length} observations`,
  );
}
