import { PlankitError } from '../../core/errors.js';
import { findPlaceholders } from '../../core/placeholders.js';
import type { Span } from '../../core/span.js';
import type { SlotType, TemplateField } from '../../core/template.js';
import { orgSuffixAt } from '../detect/org-words.js';
import { keyOf, localWord, slotLabel, type LabelOptions } from './field-label.js';
import type { MemberView } from './member.js';
import type { BuiltSlot } from './parts.js';
import { pushAll } from '../../core/push-all.js';

/**
 * Fields: slots that mean the same thing are asked once. Two slots are one field when
 * - they hold the same placeholder in the same role (every 20xx before 年, every XX before 公司), or
 * - they hold the same literal year or name (2023年 three times is one plan year), or
 * - their labels are the same (same words before, same type and unit), or
 * - the user linked them (`links`);
 * and never when some member has different values in them: filling a member's own values must give
 * that member back, so one field holds one value per member.
 */
export interface FieldOptions extends LabelOptions {
  /** Pairs of field keys or slot ids the user says are one field (the second joins the first). */
  links?: ReadonlyArray<readonly [string, string]>;
}

/** A link the user asked for that the members' values do not allow. */
export class FieldLinkError extends PlankitError<'link-failed'> {
  constructor(why: 'unknown-field' | 'values-differ', names: string[]) {
    super('link-failed', { names, why });
    this.name = 'FieldLinkError';
  }
}

/** Year values: a literal year or a year placeholder (20xx, 20__). */
const YEAR_VALUE = /^(?:19|20)(?:\d\d|[xX×ｘＸ]{2}|[_＿]{2,})$/u;
/** What a type's example looks like when no member has a value to show. */
const TYPE_EXAMPLES: Partial<Record<SlotType, string>> = { count: '12', amount: '3.5', percent: '95', year: '2025', date: '6', ordinal: '3' };
/** The label of the year field most slots share: the plan's own year. */
const PLAN_YEAR = '计划年度';

interface Group {
  slots: BuiltSlot[];
  keys: Set<string>;
  /** member index → its value in every slot of the group. */
  values: Map<number, string>;
  label: string;
  /** The label with more context, for when another field's label is the same. */
  longer: string;
  key: string;
}

function isPlaceholder(value: string): boolean {
  const all = findPlaceholders(value);
  return all.length === 1 && all[0]?.span.start === 0 && all[0].span.end === value.length;
}

function memberValues(s: BuiltSlot, views: readonly MemberView[]): Map<number, string> {
  const ids = new Map(views.map((v, i) => [v.id, i]));
  const out = new Map<number, string>();
  for (const o of s.slot.occurrences) out.set(ids.get(o.id) ?? -1, o.value);
  return out;
}

/** The keys under which a slot may share a field: its placeholder role, its literal value, its label. */
function meaningKeys(s: BuiltSlot, view: MemberView, meaning: string): string[] {
  const own = s.hole.occurrences.find((o) => o.member === s.owner)?.span ?? { start: 0, end: 0 };
  const value = view.text.slice(own.start, own.end).toLowerCase();
  const folded = view.folded.slice(own.start, own.end).toLowerCase();
  const unit = view.folded.slice(own.end, own.end + s.slot.unit.length);
  const keys = meaning.length > 0 ? [`label|${s.slot.type}|${unit}|${meaning}`] : [];
  const role = s.slot.type === 'org' ? (orgSuffixAt(view.folded, own.end) ?? '') : unit;
  // Any placeholder in the same role (20xx年, XX年, 20__年 are all the plan year).
  if (folded.length > 0 && isPlaceholder(folded)) keys.push(`placeholder|${s.slot.type}|${role}`);
  else if (value.length > 0 && (s.slot.type === 'year' || s.slot.type === 'org')) keys.push(`literal|${s.slot.type}|${role}|${folded}`);
  return keys;
}

function compatible(a: Map<number, string>, b: Map<number, string>): boolean {
  for (const [m, v] of b) {
    const w = a.get(m);
    if (w !== undefined && w !== v) return false;
  }
  return true;
}

export function groupFields(slots: readonly BuiltSlot[], views: readonly MemberView[], options: FieldOptions): TemplateField[] {
  const groups: Group[] = [];
  const ownerSpans = (owner: number): Span[] => slots.filter((s) => s.owner === owner).map((s) => s.hole.occurrences.find((o) => o.member === owner)?.span ?? { start: 0, end: 0 });
  const spansByOwner = new Map<number, Span[]>();
  for (const s of slots) {
    const view = views[s.owner];
    if (view === undefined) continue;
    const holes = spansByOwner.get(s.owner) ?? ownerSpans(s.owner);
    spansByOwner.set(s.owner, holes);
    const at = s.hole.occurrences.find((o) => o.member === s.owner)?.span ?? { start: 0, end: 0 };
    const { label, longer, meaning } = slotLabel(view, at, s.slot.type, s.slot.unit, holes, options);
    const keys = meaningKeys(s, view, meaning);
    const values = memberValues(s, views);
    const group = groups.find((g) => keys.some((k) => g.keys.has(k)) && compatible(g.values, values));
    if (group === undefined) {
      groups.push({ slots: [s], keys: new Set(keys), values, label, longer, key: '' });
      continue;
    }
    group.slots.push(s);
    for (const k of keys) group.keys.add(k);
    for (const [m, v] of values) group.values.set(m, v);
  }
  nameYears(groups, views);
  groups.sort((a, b) => firstIndex(a) - firstIndex(b));
  assignKeys(groups);
  applyLinks(groups, options.links ?? []);
  return groups.map(toField);
}

/** The year field with the most slots is the plan's own year; the others keep their context labels. */
function nameYears(groups: Group[], views: readonly MemberView[]): void {
  const years = groups.filter((g) => g.slots[0]?.slot.type === 'year' && [...g.values.values()].some((v) => YEAR_VALUE.test(v.trim())));
  const plan = [...years].sort((a, b) => b.slots.length - a.slots.length)[0];
  const view = views[plan?.slots[0]?.owner ?? 0];
  if (plan !== undefined && view !== undefined) plan.label = localWord(view, PLAN_YEAR);
}

function applyLinks(groups: Group[], links: ReadonlyArray<readonly [string, string]>): void {
  for (const [a, b] of links) {
    const find = (name: string): Group => {
      const g = groups.find((x) => x.key === name || x.slots.some((s) => s.slot.id === name));
      if (g === undefined) throw new FieldLinkError('unknown-field', [name]);
      return g;
    };
    const ga = find(a);
    const gb = find(b);
    if (ga === gb) continue;
    if (!compatible(ga.values, gb.values)) throw new FieldLinkError('values-differ', [a, b]);
    pushAll(ga.slots, gb.slots);
    for (const [m, v] of gb.values) ga.values.set(m, v);
    groups.splice(groups.indexOf(gb), 1);
  }
}

/**
 * Keys from labels, in template order. Fields whose labels are the same take their longer labels
 * when those differ; a key still repeated gets _2, _3 ….
 */
function assignKeys(groups: Group[]): void {
  const count = new Map<string, number>();
  for (const g of groups) count.set(g.label, (count.get(g.label) ?? 0) + 1);
  for (const g of groups) if ((count.get(g.label) ?? 0) > 1) g.label = g.longer;
  const used = new Map<string, number>();
  for (const g of groups) {
    const base = keyOf(g.label);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    g.key = n === 1 ? base : `${base}_${n}`;
  }
}

function toField(g: Group): TemplateField {
  const type = g.slots[0]?.slot.type ?? 'text';
  // The first member's values first: it is the text the template shows.
  const values = g.slots.flatMap((s) => s.slot.occurrences.map((o) => o.value.replace(/\s+/g, '')));
  const example = values.find((v) => v.length > 0 && findPlaceholders(v).length === 0) ?? TYPE_EXAMPLES[type] ?? '';
  const slots = g.slots.map((s) => s.slot.id).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
  for (const s of g.slots) s.slot.field = g.key;
  return { key: g.key, label: g.label, type, unit: g.slots[0]?.slot.unit ?? '', example, slots };
}

function firstIndex(g: Group): number {
  return g.slots.reduce((m, s) => Math.min(m, Number(s.slot.id.slice(1))), Infinity);
}
