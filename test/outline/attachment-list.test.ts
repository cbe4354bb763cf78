import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/lines.js';
import { buildOutline } from '../../src/outline/index.js';
import { textDocument } from '../helpers/seed.js';

/** [line marker] of the line-start items. */
function items(lines: string[]): string[] {
  const doc = textDocument(lines.join('\n'));
  const li = new LineIndex(doc.text);
  return buildOutline(doc, { start: 0, end: doc.text.length })
    .items.filter((it) => it.kind !== 'inline')
    .map((it) => `${li.position(it.markerSpan.start).line} ${it.marker}`);
}

const RULES = ['社区活动室管理办法', '第一条　为规范活动室使用，制定本办法。', '第二条　使用活动室应提前登记。', '第三条　本办法自发布之日起施行。'];

describe('the list of attachments is no outline', () => {
  it('under a bare 附件 line', () => {
    expect(items([...RULES, '附件', '1、活动室使用登记表（式样）', '2、活动室设备清单（式样）'])).toEqual(['2 第一条', '3 第二条', '4 第三条']);
  });

  it('after 附件：1.… on its own line, a wrapped title included, before the attachments', () => {
    const lines = [...RULES, '附件：1.活动室使用登记表', '2.活动室设备借用与归还', '记录表', '3.活动室开放时间表', '附件1', '活动室使用登记表', '一、登记内容', '填写使用单位和时间。', '二、登记方式', '到社区服务站登记。'];
    expect(items(lines)).toEqual(['2 第一条', '3 第二条', '4 第三条', '11 一、', '13 二、']);
  });

  it('an attachment with its own numbering keeps it', () => {
    const lines = [...RULES, '附件', '1、登记要求', '使用单位应写明活动内容。', '2、借用要求', '借用设备应当日归还。'];
    expect(items(lines)).toEqual(['2 第一条', '3 第二条', '4 第三条', '6 1、', '8 2、']);
  });

  it('numbered sentences after 附件 are items', () => {
    const lines = [...RULES, '附件', '1、活动室每周一闭馆维护。', '2、节假日开放时间另行通知。'];
    expect(items(lines)).toEqual(['2 第一条', '3 第二条', '4 第三条', '6 1、', '7 2、']);
  });
});
