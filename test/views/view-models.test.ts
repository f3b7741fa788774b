import { describe, expect, it } from 'vitest';
import { emptyOption } from '../../src/charts/common';
import type { ChartOption } from '../../src/charts/option-types';
import { describeChart } from '../../src/views/view-models';

describe('describeChart (a chart canvas’s accessible name)', () => {
  it('is the title and where the values are, when the chart says nothing more', () => {
    expect(describeChart('zh', '依申请公开办理结果', {})).toBe(
      '依申请公开办理结果图表。各项数值见“表格”页签。',
    );
    expect(describeChart('en', 'Requests by outcome', {})).toBe(
      'Chart: Requests by outcome. Every value is listed in the Table tab.',
    );
  });

  it('includes a truncated chart’s note on which reports it shows', () => {
    const option: ChartOption = {
      title: { subtext: '按“本年新收政府信息公开申请数”（件）从大到小，仅显示前 20 份报告（共 2885 份）' },
    };
    expect(describeChart('zh', '依申请公开办理结果', option)).toBe(
      '依申请公开办理结果图表。按“本年新收政府信息公开申请数”（件）从大到小，仅显示前 20 份报告（共 2885 份）。各项数值见“表格”页签。',
    );
    expect(
      describeChart('en', 'Requests by outcome', { title: [{ subtext: 'Top 20 of 2885 reports.' }] }),
    ).toBe('Chart: Requests by outcome. Top 20 of 2885 reports. Every value is listed in the Table tab.');
  });

  it('says why an empty chart is empty, without doubling its full stop', () => {
    expect(describeChart('zh', '公开渠道构成', emptyOption('没有选中任何地区。'))).toBe(
      '公开渠道构成图表。没有选中任何地区。各项数值见“表格”页签。',
    );
  });
});
