// Chart facts of the user's own reports, computed on read from their details rows: they are
// few and change one at a time, so they are not stored pre-computed like the shipped facts.
import { decodeDetails } from './details';
import { buildChartFacts, type ChartFacts } from './facts';
import type { DetailsRow, ReportRow } from './rows';

export function factsOfUserReports(
  reports: readonly ReportRow[],
  rows: readonly (DetailsRow | undefined)[],
): ChartFacts {
  const present = rows.filter((d): d is DetailsRow => d !== undefined).map(decodeDetails);
  return buildChartFacts(
    reports,
    present.flatMap((d) => d.observations),
    present.flatMap((d) => d.checks),
  );
}
