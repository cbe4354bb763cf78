import type { Document } from '../../core/document.js';
import { LineIndex } from '../../core/lines.js';
import type { Span } from '../../core/span.js';
import type { OptionalBlock, SlotOccurrence, TemplatePart, TemplateSlot } from '../../core/template.js';
import { convertToTraditional } from '../../normalize/index.js';
import { labelFor } from '../detect/label.js';
import type { RawSlot } from '../detect/types.js';
import type { Atom, Paragraph } from './atoms.js';
import { alignAtomColumns, type Aligner, type Column } from './columns.js';
import { typeVariable } from './variable-type.js';

/** Label of a variable slot whose values are only line breaks and spaces. */
const SPACING_LABEL = '段落间隔';

/** What the part builder knows about each member. */
export interface MemberInfo {
  id: string;
  document: Document;
  body: Span;
}

export interface PartsResult {
  parts: TemplatePart[];
  slots: TemplateSlot[];
  optionals: OptionalBlock[];
}

export interface PartsOptions {
  labelMaxLength: number;
  /** Characters of a passage shown as an optional block's label. */
  optionalLabelLength: number;
}

/**
 * Turns aligned paragraph columns into template parts: text all members share, a slot per detected
 * slot column, a `variable` slot per run of atoms that differ, and an optional block per run of
 * paragraphs that only some members have. Each member's atoms are consumed once, in order, so
 * filling with a member's own values gives its text back exactly.
 */
export function buildParts(columns: Column<Paragraph>[], members: readonly MemberInfo[], aligner: Aligner, options: PartsOptions): PartsResult {
  const lines = members.map((m) => new LineIndex(m.document.text));
  const cursor = members.map((m) => m.body.start);
  const slots: TemplateSlot[] = [];
  const optionals: OptionalBlock[] = [];
  const top: TemplatePart[] = [];

  const occurrence = (m: number, span: Span): SlotOccurrence => {
    const member = members[m] as MemberInfo;
    const pos = (lines[m] as LineIndex).position(span.start);
    return { id: member.id, line: pos.line, column: pos.column, length: span.end - span.start, value: member.document.text.slice(span.start, span.end) };
  };

  const pushText = (out: TemplatePart[], text: string): void => {
    if (text.length === 0) return;
    const last = out[out.length - 1];
    if (last !== undefined && 'text' in last) last.text += text;
    else out.push({ text });
  };

  const labelOf = (m: number, raw: RawSlot): string => {
    const doc = (members[m] as MemberInfo).document;
    const line = (lines[m] as LineIndex).lineOf(raw.span.start);
    const span = (lines[m] as LineIndex).lineSpan(line, doc.text);
    return labelFor(raw, doc, span.start, span.end, options.labelMaxLength);
  };

  const emitVariable = (run: Column<Atom>[], present: number[], out: TemplatePart[]): void => {
    const spans = new Map<number, Span>();
    for (const m of present) {
      const atoms = run.map((c) => c.cells[m]).filter((a): a is Atom => a !== null && a !== undefined);
      const first = atoms[0];
      const last = atoms[atoms.length - 1];
      const span = first === undefined || last === undefined ? { start: cursor[m] as number, end: cursor[m] as number } : { start: first.span.start, end: last.span.end };
      spans.set(m, span);
      cursor[m] = span.end;
    }
    const textOf = (m: number): string => (members[m] as MemberInfo).document.text.slice((spans.get(m) as Span).start, (spans.get(m) as Span).end);
    let values = present.map(textOf);
    // Words may carry more than differs (三万元 / 四万元): when trimming what all members share at
    // both ends leaves numbers, the shared ends are text and the slot is typed by its unit.
    const [pre, post] = sharedEnds(values);
    let prefix = '';
    let suffix = '';
    if (pre + post > 0) {
      const trimmed = values.map((v) => v.slice(pre, v.length - post));
      const m0 = present[0] as number;
      const s0 = spans.get(m0) as Span;
      const probe = typeVariable(trimmed, (members[m0] as MemberInfo).document, { start: s0.start + pre, end: s0.end - post });
      if (probe.type !== 'text') {
        prefix = (values[0] as string).slice(0, pre);
        suffix = (values[0] as string).slice((values[0] as string).length - post);
        for (const m of present) {
          const sp = spans.get(m) as Span;
          spans.set(m, { start: sp.start + pre, end: sp.end - post });
        }
        values = trimmed;
      }
    }
    // Context comes from the first member that has a value here (else the first present one).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the assertion narrows the result of ??, not its operand
    const lead = present.find((_, k) => (values[k] as string).length > 0) ?? (present[0] as number);
    const leadSpan = spans.get(lead) as Span;
    const doc = (members[lead] as MemberInfo).document;
    const { type, unit } = typeVariable(values, doc, leadSpan);
    const raw: RawSlot = { kind: 'variable', type, unit, span: leadSpan, value: doc.text.slice(leadSpan.start, leadSpan.end), detector: 'variable', rule: 'variable/members-differ', confidence: 1 };
    const id = `s${slots.length + 1}`;
    // Members that only break their paragraphs differently still need a slot to come back exactly;
    // say so rather than borrowing a context label.
    const spacing = values.every((v) => v.trim().length === 0);
    const label = spacing ? (doc.script === 'traditional' ? convertToTraditional(SPACING_LABEL) : SPACING_LABEL) : labelOf(lead, raw);
    slots.push({ id, kind: 'variable', type, unit, label, occurrences: present.map((m) => occurrence(m, spans.get(m) as Span)) });
    pushText(out, prefix);
    out.push({ slot: id });
    pushText(out, suffix);
  };

  const emitParagraph = (col: Column<Paragraph>, present: number[], out: TemplatePart[]): void => {
    const atomColumns = alignAtomColumns(col, aligner);
    let run: Column<Atom>[] = [];
    const flush = (): void => {
      if (run.length > 0) emitVariable(run, present, out);
      run = [];
    };
    for (const ac of atomColumns) {
      const cells = present.map((m) => ac.cells[m] ?? null);
      const full = cells.every((c) => c !== null);
      const atoms = cells as Atom[];
      if (full && atoms.every((a) => a.slot !== undefined && a.key === (atoms[0] as Atom).key)) {
        flush();
        const firstSlot = (atoms[0] as Atom).slot as NonNullable<Atom['slot']>;
        const id = `s${slots.length + 1}`;
        slots.push({
          id,
          kind: firstSlot.kind,
          type: firstSlot.type,
          unit: firstSlot.unit,
          label: firstSlot.label,
          occurrences: present.map((m, k) => occurrence(m, (atoms[k] as Atom).span)),
        });
        present.forEach((m, k) => (cursor[m] = (atoms[k] as Atom).span.end));
        out.push({ slot: id });
        continue;
      }
      if (full && atoms.every((a) => a.slot === undefined)) {
        const texts = present.map((m, k) => (members[m] as MemberInfo).document.text.slice((atoms[k] as Atom).span.start, (atoms[k] as Atom).span.end));
        if (texts.every((t) => t === texts[0])) {
          flush();
          pushText(out, texts[0] as string);
          present.forEach((m, k) => (cursor[m] = (atoms[k] as Atom).span.end));
          continue;
        }
      }
      run.push(ac);
    }
    flush();
  };

  let k = 0;
  while (k < columns.length) {
    const presence = presentIn(columns[k] as Column<Paragraph>);
    let end = k + 1;
    while (end < columns.length && samePresence(presentIn(columns[end] as Column<Paragraph>), presence)) end++;
    if (presence.length === members.length) {
      for (let c = k; c < end; c++) emitParagraph(columns[c] as Column<Paragraph>, presence, top);
    } else {
      const id = `o${optionals.length + 1}`;
      const block: TemplatePart = { optional: id, parts: [] };
      const first = presence[0] as number;
      optionals.push({ id, label: passageLabel(columns[k] as Column<Paragraph>, members, first, options.optionalLabelLength), members: presence.map((m) => (members[m] as MemberInfo).id) });
      for (let c = k; c < end; c++) emitParagraph(columns[c] as Column<Paragraph>, presence, block.parts);
      top.push(block);
    }
    k = end;
  }
  return { parts: top, slots, optionals };
}

/** Lengths of the prefix and suffix every value shares (not overlapping, never splitting a surrogate pair). */
function sharedEnds(values: readonly string[]): [number, number] {
  const first = values[0] ?? '';
  if (values.length < 2 || values.some((v) => v.length === 0)) return [0, 0];
  const shortest = Math.min(...values.map((v) => v.length));
  let pre = 0;
  while (pre < shortest && values.every((v) => v[pre] === first[pre])) pre++;
  let post = 0;
  while (post < shortest - pre && values.every((v) => v[v.length - 1 - post] === first[first.length - 1 - post])) post++;
  const high = (c: string | undefined): boolean => c !== undefined && c >= '\ud800' && c <= '\udbff';
  if (pre > 0 && high(first[pre - 1])) pre--;
  if (post > 0 && high(first[first.length - 1 - post])) post--;
  return [pre, post];
}

function presentIn(col: Column<Paragraph>): number[] {
  const out: number[] = [];
  col.cells.forEach((c, m) => {
    if (c !== null) out.push(m);
  });
  return out;
}

function samePresence(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function passageLabel(col: Column<Paragraph>, members: readonly MemberInfo[], m: number, length: number): string {
  const p = col.cells[m] as Paragraph;
  const doc = (members[m] as MemberInfo).document;
  const content = p.atoms.filter((a) => a.key.trim().length > 0);
  const first = content[0];
  if (first === undefined) return '';
  const text = doc.text.slice(first.span.start, (content[content.length - 1] as Atom).span.end);
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

