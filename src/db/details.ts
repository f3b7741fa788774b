// A report's observations and checks as stored: one JSON string per report. IndexedDB clones
// a string with one copy but walks every object of a nested array; for a national dataset
// (550,000 observations) that walk was most of the first-visit write time.
import type { Check, Observation } from '../model/types';
import type { DetailsRow, Origin } from './rows';

export interface ReportDetails {
  observations: Observation[];
  checks: Check[];
}

export function encodeDetails(reportId: string, origin: Origin, details: ReportDetails): DetailsRow {
  return { reportId, origin, json: JSON.stringify(details) };
}

export function decodeDetails(row: DetailsRow): ReportDetails {
  return JSON.parse(row.json) as ReportDetails;
}
