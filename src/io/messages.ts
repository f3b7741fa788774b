// UI text of the export, import and offline features in both languages. The `en` table is
// typed against `zh`, so a missing translation fails the type check.
import type { IoLocale } from './io-locale';
import type { CsvErrorCode } from './import-csv';
import type { CorrectionError, ImportProblem } from './import-report';

const zh = {
  exportMenu: '导出',
  exportPng: '图片（PNG）',
  exportSvg: '矢量图（SVG）',
  exportChartCsv: '图表数据（CSV）',
  exporting: '正在导出…',
  exportFailed: '导出失败：{error}',
  dataMenu: '数据',
  importReportFile: '上传报告文件…',
  importReport: '粘贴报告文本…',
  importCsv: '导入 CSV…',
  myData: '我的数据',
  exportAllCsv: '导出全部数据（CSV）',
  exportAllJson: '导出全部数据（JSON）',
  downloadTemplate: '下载 CSV 模板',
  dialogTitle: '导入与管理我的数据',
  tabReport: '导入报告',
  tabCsv: '导入 CSV',
  tabMine: '我的数据',
  close: '关闭',
  pasteLabel: '粘贴报告全文',
  pastePlaceholder: '例如：××县 2023 年政府信息公开工作年度报告……',
  fileLabel: '或选择文件（.txt / .md，UTF-8 或 GBK，不超过 {mb} MB）',
  analyze: '识别',
  analyzing: '正在识别…',
  detected: '识别结果（已保存到“我的数据”；主体、地区和年份可修改）',
  body: '报告主体',
  region: '地区',
  regionOther: '其他（新地区）',
  regionNew: '新地区名称',
  year: '年份',
  template: '报告格式',
  scope: '口径',
  title: '标题',
  foundCount: '识别出 {count} 项数据',
  metricColumn: '指标',
  valueColumn: '数值',
  quoteColumn: '原文',
  checksTitle: '勾稽关系检查',
  checkOk: '通过',
  checkFailed: '未通过',
  save: '保存修改',
  saving: '正在保存…',
  saved: '已保存：{name} {year} 年（{count} 项数据）',
  saveFailed: '保存失败：{error}',
  pastedText: '粘贴的文本',
  problemTooLarge: '内容过大（超过 {mb} MB），未导入。',
  problemEmpty: '没有可识别的内容。',
  problemNotAReport: '这不是政府信息公开工作年度报告，未保存：{message}',
  openingLine: '文本开头：“{line}”',
  problemFailed: '识别失败，未保存：{message}',
  problemNoNumbers: '报告中没有识别出任何统计数字，未保存。',
  'body-missing': '请填写报告主体名称。',
  'body-too-long': '报告主体名称过长（最多 60 个字）。',
  'region-missing': '请选择地区或填写新地区名称。',
  'region-too-long': '地区名称过长（最多 60 个字）。',
  'year-invalid': '年份应为 1990—2100 之间的整数。',
  csvChoose: '选择 CSV 文件（与导出的 CSV 格式相同，可先下载模板）',
  csvParsing: '正在读取 CSV… {percent}%',
  csvErrors: '发现 {count} 处错误，未导入任何数据：',
  csvErrorAt: '第 {line} 行',
  csvErrorValue: '：',
  csvMoreErrors: '另有 {count} 处错误未列出。',
  csvReady: '共 {rows} 行数据，属于 {reports} 份报告。',
  csvImport: '导入这些数据',
  csvImported: '已导入 {reports} 份报告（{rows} 项数据）。',
  'too-large': '文件过大，未导入。',
  'missing-column': '缺少必需的列',
  'malformed-row': '列数与表头不一致',
  'missing-value': '必填项为空',
  'unknown-metric': '未知的指标代码',
  'bad-number': '数值不是数字',
  'bad-year': '年份无效',
  'bad-scope': '口径应为 county-aggregate / office / township',
  'bad-method': '取值方式应为 table / text / derived',
  'bad-boolean': '应为 true 或 false',
  'bad-offset': '位置应为非负整数',
  'inconsistent-report': '同一 report_id 的主体、地区、年份或口径不一致',
  mineEmpty: '还没有导入的数据。',
  mineCount: '{count} 项数据',
  delete: '删除',
  confirmDelete: '删除“{name} {year} 年”的导入数据？',
  notLoaded: '数据尚未加载完成，请稍候。',
  updateReady: '新版本已就绪。',
  updateNow: '点击刷新',
  updateLater: '稍后',
  offlineReady: '已可离线使用。',
  offline: '当前处于离线状态：显示的是本机已保存的数据。',
};

export type IoMessageKey = keyof typeof zh;

const en: Record<IoMessageKey, string> = {
  exportMenu: 'Export',
  exportPng: 'Image (PNG)',
  exportSvg: 'Vector image (SVG)',
  exportChartCsv: 'Chart data (CSV)',
  exporting: 'Exporting…',
  exportFailed: 'Export failed: {error}',
  dataMenu: 'Data',
  importReportFile: 'Upload a report file…',
  importReport: 'Paste a report…',
  importCsv: 'Import CSV…',
  myData: 'My data',
  exportAllCsv: 'Export all data (CSV)',
  exportAllJson: 'Export all data (JSON)',
  downloadTemplate: 'Download CSV template',
  dialogTitle: 'Import and manage my data',
  tabReport: 'Import a report',
  tabCsv: 'Import CSV',
  tabMine: 'My data',
  close: 'Close',
  pasteLabel: 'Paste the full report text',
  pastePlaceholder: 'e.g. ××县 2023 年政府信息公开工作年度报告…',
  fileLabel: 'or choose a file (.txt / .md, UTF-8 or GBK, up to {mb} MB)',
  analyze: 'Read report',
  analyzing: 'Reading…',
  detected: 'What was found (saved to “My data”; the body, region and year can be corrected)',
  body: 'Reporting body',
  region: 'Region',
  regionOther: 'Other (new region)',
  regionNew: 'New region name',
  year: 'Year',
  template: 'Format',
  scope: 'Scope',
  title: 'Title',
  foundCount: '{count} figures found',
  metricColumn: 'Metric',
  valueColumn: 'Value',
  quoteColumn: 'Quote',
  checksTitle: 'Consistency checks',
  checkOk: 'passed',
  checkFailed: 'failed',
  save: 'Save changes',
  saving: 'Saving…',
  saved: 'Saved: {name} {year} ({count} figures)',
  saveFailed: 'Saving failed: {error}',
  pastedText: 'pasted text',
  problemTooLarge: 'Too large (over {mb} MB); nothing was imported.',
  problemEmpty: 'There is nothing to read.',
  problemNotAReport:
    'This is not a government information disclosure annual report; nothing was saved: {message}',
  problemFailed: 'Reading the report failed; nothing was saved: {message}',
  openingLine: 'The text begins: “{line}”',
  problemNoNumbers: 'No figures were found in the report; nothing was saved.',
  'body-missing': 'Enter the reporting body’s name.',
  'body-too-long': 'The body’s name is too long (60 characters at most).',
  'region-missing': 'Choose a region or enter a new region name.',
  'region-too-long': 'The region name is too long (60 characters at most).',
  'year-invalid': 'The year must be a whole number from 1990 to 2100.',
  csvChoose: 'Choose a CSV file (the export’s own format; the template shows the columns)',
  csvParsing: 'Reading CSV… {percent}%',
  csvErrors: '{count} errors found; nothing was imported:',
  csvErrorAt: 'Row {line}',
  csvErrorValue: ': ',
  csvMoreErrors: '{count} more errors are not listed.',
  csvReady: '{rows} rows in {reports} reports.',
  csvImport: 'Import these rows',
  csvImported: 'Imported {reports} reports ({rows} figures).',
  'too-large': 'The file is too large; nothing was imported.',
  'missing-column': 'required column missing',
  'malformed-row': 'the number of cells differs from the header',
  'missing-value': 'required value is empty',
  'unknown-metric': 'unknown metric key',
  'bad-number': 'value is not a number',
  'bad-year': 'invalid year',
  'bad-scope': 'scope must be county-aggregate / office / township',
  'bad-method': 'method must be table / text / derived',
  'bad-boolean': 'must be true or false',
  'bad-offset': 'offsets must be whole numbers ≥ 0',
  'inconsistent-report': 'one report_id with different body, region, year or scope',
  mineEmpty: 'Nothing imported yet.',
  mineCount: '{count} figures',
  delete: 'Delete',
  confirmDelete: 'Delete the imported data of “{name} {year}”?',
  notLoaded: 'The data is still loading; please wait.',
  updateReady: 'A new version is ready.',
  updateNow: 'Reload',
  updateLater: 'Later',
  offlineReady: 'Ready to work offline.',
  offline: 'You are offline: showing the data saved on this device.',
};

const TABLES: Readonly<Record<IoLocale, Record<IoMessageKey, string>>> = { zh, en };

/** Looks up a message and fills its {placeholders}. */
export function ioText(
  locale: IoLocale,
  key: IoMessageKey,
  vars: Record<string, string | number> = {},
): string {
  return TABLES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

const BYTES_PER_MB = 1024 * 1024;

export function describeImportProblem(locale: IoLocale, problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return ioText(locale, 'problemTooLarge', { mb: problem.limitBytes / BYTES_PER_MB });
    case 'empty':
      return ioText(locale, 'problemEmpty');
    case 'not-a-report':
      return ioText(locale, 'problemNotAReport', { message: problem.message });
    case 'failed':
      return ioText(locale, 'problemFailed', { message: problem.message });
    case 'no-numbers':
      return ioText(locale, 'problemNoNumbers');
  }
}

export function describeCorrectionError(locale: IoLocale, error: CorrectionError): string {
  return ioText(locale, error);
}

export function describeCsvErrorCode(locale: IoLocale, code: CsvErrorCode): string {
  return ioText(locale, code);
}
