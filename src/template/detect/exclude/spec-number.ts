import type { SlotExclusion } from '../types.js';
import { spansOf } from './find.js';

/**
 * Fixed specifications written with a number: 由十四位阿拉伯数字组成, 18位身份证号, 6位数密码, 三号
 * 仿宋, 行距28磅, 1.5倍行距. They describe a format every user keeps, not a quantity of one
 * organisation.
 */
const SPEC = new RegExp(
  String.raw`[\d一二三四五六七八九十百.]+\s*(?:位(?:阿拉伯)?数字|位数|位编码|位代码|位号码|位身份证|个字符|个汉字|字节|号字|号(?:仿宋|黑体|楷体|宋体|小标宋|标宋)|磅|倍行距)`,
  'gu',
);

export const specNumber: SlotExclusion = {
  name: 'spec-number',
  find: (ctx) => spansOf(ctx, SPEC),
};
