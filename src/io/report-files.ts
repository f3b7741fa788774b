// Which report files the import accepts, and how large they may be. Kept apart from
// import-report.ts so the always-loaded toolbar menu can name them without pulling in the
// extractor client.

/** 20 MB: ten times the longest county report seen; anything larger is not a report text. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_REPORT_FILES = '.txt,.md,.text,text/plain,text/markdown';
