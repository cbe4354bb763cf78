import { inputError } from '../core/errors.js';
import { SLOT_KINDS, SLOT_TYPES, type OptionalBlock, type SlotKind, type SlotType, type Template, type TemplatePart, type TemplateSlot } from '../core/template.js';

/**
 * Reads the templates of a `plankit template --format json` file (or a single template object) and
 * checks they are templates plankit can fill: every slot of a known kind and type, every part text,
 * a slot the template defines, or an optional block of such parts. A file that is not is an error
 * naming the file and the first place that is wrong (exit 1), never a crash while filling.
 */

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isSlotKind = (v: unknown): v is SlotKind => SLOT_KINDS.some((k) => k === v);
const isSlotType = (v: unknown): v is SlotType => SLOT_TYPES.some((t) => t === v);

/** The outer shape: family, parts and slots present (what tells a template file from anything else). */
function looksLikeTemplate(v: unknown): v is Json & { family: string; parts: unknown[]; slots: unknown[] } {
  return isObject(v) && isString(v.family) && Array.isArray(v.parts) && Array.isArray(v.slots);
}

/** 1-based line and column of a JSON.parse error, when the engine says where it is. */
function syntaxPlace(e: unknown, text: string): { line?: number; column?: number } {
  const at = e instanceof SyntaxError ? /position (\d+)/.exec(e.message)?.[1] : undefined;
  if (at === undefined) return {};
  const before = text.slice(0, Number(at));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

export function parseTemplates(text: string, path: string): Template[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw inputError('template-syntax', path, syntaxPlace(e, text));
  }
  const list: unknown = looksLikeTemplate(raw) ? [raw] : isObject(raw) ? raw.templates : undefined;
  if (!Array.isArray(list) || list.length === 0 || !list.every(looksLikeTemplate)) throw inputError('not-a-template', path, {});
  return list.map((t, i) => checkedTemplate(t, path, list.length === 1 ? '' : `templates[${i}].`));
}

function checkedTemplate(t: Json & { family: string; parts: unknown[]; slots: unknown[] }, path: string, where: string): Template {
  const slots = t.slots.map((s, i) => checkedSlot(s, path, `${where}slots[${i}]`));
  const ids = new Set(slots.map((s) => s.id));
  const parts = checkedParts(t.parts, ids, path, `${where}parts`);
  const optionals = Array.isArray(t.optionals) ? t.optionals.filter(isOptionalBlock) : [];
  return { family: t.family, members: isStringArray(t.members) ? t.members : [], parts, slots, optionals };
}

function isOptionalBlock(v: unknown): v is OptionalBlock {
  return isObject(v) && isString(v.id) && isString(v.label) && isStringArray(v.members);
}

function checkedSlot(s: unknown, path: string, at: string): TemplateSlot {
  if (!isObject(s) || !isString(s.id)) throw inputError('template-part-shape', path, { at });
  if (!isSlotType(s.type)) throw inputError('template-slot-type', path, { slot: s.id, type: String(s.type) });
  const kind: SlotKind = isSlotKind(s.kind) ? s.kind : 'variable';
  const occurrences = Array.isArray(s.occurrences) ? s.occurrences.filter(isObject) : [];
  return {
    id: s.id,
    kind,
    type: s.type,
    unit: isString(s.unit) ? s.unit : '',
    label: isString(s.label) ? s.label : s.id,
    occurrences: occurrences.map((o) => ({
      id: isString(o.id) ? o.id : '',
      line: typeof o.line === 'number' ? o.line : 0,
      column: typeof o.column === 'number' ? o.column : 0,
      length: typeof o.length === 'number' ? o.length : 0,
      value: isString(o.value) ? o.value : '',
    })),
  };
}

function checkedParts(parts: unknown[], slots: ReadonlySet<string>, path: string, at: string): TemplatePart[] {
  return parts.map((p, i): TemplatePart => {
    const here = `${at}[${i}]`;
    if (isObject(p) && isString(p.text)) return { text: p.text };
    if (isObject(p) && isString(p.slot)) {
      if (!slots.has(p.slot)) throw inputError('template-unknown-slot', path, { slot: p.slot, at: here });
      return { slot: p.slot };
    }
    if (isObject(p) && isString(p.optional) && Array.isArray(p.parts)) {
      return { optional: p.optional, parts: checkedParts(p.parts, slots, path, `${here}.parts`) };
    }
    throw inputError('template-part-shape', path, { at: here });
  });
}
