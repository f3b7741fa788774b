// The one error the extractor throws on purpose: the input is not a disclosure annual report.
// Its message is a single line in Chinese and English so the CLI and the browser import can show
// it as is, without a stack trace.

export type NotAReportReason = 'empty' | 'binary' | 'no-title' | 'no-year' | 'no-vocabulary' | 'undecodable';

const MESSAGES: Readonly<Record<NotAReportReason, string>> = {
  empty: '文件为空 / the file is empty',
  binary: '不是文本文件 / the file is binary, not text',
  undecodable: '无法识别文本编码（应为 UTF-8 或 GBK）/ the text is neither UTF-8 nor GBK',
  'no-title': '未找到“政府信息公开……年度报告”标题 / no annual-report title found',
  'no-year': '标题中没有年份 / the title names no year',
  'no-vocabulary': '文本不含政府信息公开年报的用语 / the text does not read like a disclosure report',
};

export class NotAReportError extends Error {
  readonly reason: NotAReportReason;

  constructor(reason: NotAReportReason, detail?: string) {
    super(detail ? `${MESSAGES[reason]}: ${detail}` : MESSAGES[reason]);
    this.name = 'NotAReportError';
    this.reason = reason;
  }
}
