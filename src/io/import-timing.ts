// What the import panels time with the page's own clock (performance measures): what a user waits
// for between choosing a file and seeing its result. `npm run bench` reads these.
export const IMPORT_MEASURES = {
  /** A report's text sent to the extraction worker and its observations back (worker start included). */
  extract: 'import:extract',
  /** A CSV file read, parsed and validated, up to "N rows in M reports". */
  csvParse: 'import:csv-parse',
  /** Those rows grouped into reports and saved in one transaction. */
  csvSave: 'import:csv-save',
} as const;

/** Records `name` from `start` (a performance.now() reading) to now. */
export function measureSince(name: string, start: number): void {
  performance.measure(name, { start });
}
