import { Document as YamlDocument, type Scalar, type YAMLMap } from 'yaml';
import type { Position } from '../../core/lines.js';
import type { SlotType, Template, TemplateField } from '../../core/template.js';

/**
 * The values file a person fills in for `plankit fill`: one entry per field (asked once, whatever
 * the number of places it goes), every optional block with include: true. YAML carries a short
 * Chinese how-to and one comment per field (label, type, unit, example, the lines it occurs on);
 * JSON holds the same data as objects. Keys follow template order, so the file reads like the plan.
 */
export interface SkeletonField {
  label: string;
  type: SlotType;
  unit: string;
  example: string;
  /** Lines of the template's first member where the field occurs (1-based). */
  lines: number[];
  /** The member those lines are in. */
  member: string;
  value: string | null;
}

export interface SkeletonBlock {
  label: string;
  members: string[];
  include: boolean;
}

export interface Skeleton {
  template: string;
  fields: Record<string, SkeletonField>;
  optional: Record<string, SkeletonBlock>;
}

/** Where an offset of a member's text is in that member's file (for the line numbers). */
export type Locate = (member: string, offset: number) => Position;

/** What each type is called in the how-to comments. */
const TYPE_NAMES: Readonly<Record<SlotType, string>> = {
  count: '数量',
  amount: '金额',
  percent: '百分比',
  year: '年份',
  date: '日期',
  time: '时间',
  docno: '发文字号',
  ordinal: '序号',
  org: '名称',
  redacted: '隐去的词',
  text: '文字',
};

const HOW_TO = [
  ' 填写说明：',
  ' 1. 在每个字段的冒号后填上本单位的内容。每个字段只问一次，会自动填到文中所有出现的地方。',
  ' 2. 数字写阿拉伯数字或汉字都可以（12、十二）；单位已在文中，不必再写（写了会自动去掉）。',
  ' 3. 两个字段要填同一内容时，可以写：字段乙: {same_as: 字段甲}',
  ' 4. 可选段落：true 保留，false 删除。',
  ' 5. 填好后运行：plankit fill 模板.json 本文件 -o 计划.txt',
];

function fieldLines(template: Template, field: TemplateField, locate: Locate | undefined): { lines: number[]; member: string } {
  const slots = template.slots.filter((s) => field.slots.includes(s.id));
  const member = template.members.find((m) => slots.some((s) => s.occurrences.some((o) => o.id === m))) ?? template.members[0] ?? '';
  if (locate === undefined) return { lines: [], member };
  const lines = slots.flatMap((s) => s.occurrences.filter((o) => o.id === member).map((o) => locate(member, o.span.start).line));
  return { lines: [...new Set(lines)].sort((a, b) => a - b), member };
}

export function valuesSkeleton(template: Template, locate?: Locate): Skeleton {
  const fields: Record<string, SkeletonField> = {};
  for (const f of template.fields) {
    const where = fieldLines(template, f, locate);
    fields[f.key] = { label: f.label, type: f.type, unit: f.unit, example: f.example, lines: where.lines, member: where.member, value: null };
  }
  const optional: Skeleton['optional'] = {};
  for (const b of template.optionals) optional[b.id] = { label: b.label, members: b.members, include: true };
  return { template: template.family, fields, optional };
}

export function skeletonJson(template: Template, locate?: Locate): string {
  return `${JSON.stringify(valuesSkeleton(template, locate), null, 2)}\n`;
}

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 12).join('、');
  return lines.length > 12 ? `${shown} 等 ${lines.length} 处` : shown;
}

/** The comment above a field: label — type, unit, example, where. */
function fieldComment(key: string, f: SkeletonField): string {
  const parts = [TYPE_NAMES[f.type] ?? f.type];
  if (f.unit.length > 0) parts.push(`单位：${f.unit}`);
  if (f.example.length > 0) parts.push(`例：${f.example.replace(/\s+/g, ' ').slice(0, 40)}`);
  if (f.lines.length > 0) parts.push(`出现在第 ${lineList(f.lines)} 行`);
  const label = f.label === key ? '' : `${f.label} — `;
  return ` ${label}${parts.join('；')}`;
}

export function skeletonYaml(template: Template, locate?: Locate): string {
  const sk = valuesSkeleton(template, locate);
  const doc = new YamlDocument(
    new Map<string, unknown>([
      ['template', sk.template],
      ['fields', new Map(Object.keys(sk.fields).map((k) => [k, null]))],
      ['optional', new Map(Object.entries(sk.optional).map(([id, b]) => [id, b.include]))],
    ]),
  );
  doc.commentBefore = HOW_TO.join('\n');
  const fields = doc.get('fields') as YAMLMap<Scalar<string>, unknown>;
  for (const item of fields.items) {
    const f = sk.fields[item.key.value];
    if (f !== undefined) item.key.commentBefore = fieldComment(item.key.value, f);
  }
  const blocks = doc.get('optional') as YAMLMap<Scalar<string>, unknown>;
  for (const item of blocks.items) {
    const b = sk.optional[item.key.value];
    if (b !== undefined) item.key.commentBefore = ` 可选段落（${b.members.join('、')} 有）：${b.label.replace(/\s+/g, ' ')}`;
  }
  return doc.toString({ nullStr: '', lineWidth: 0 });
}
