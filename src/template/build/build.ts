import type { Document, Script } from '../../core/document.js';
import { usageError } from '../../core/errors.js';
import type { Span } from '../../core/span.js';
import { isOptionalPart, isSlotPart, type Slot, type Template, type TemplatePart } from '../../core/template.js';
import type { SlotOptions } from '../detect/types.js';
import { renderParts } from '../fill/render.js';
import { alignMembers, nextAtomTables, type Aligner } from './columns.js';
import { groupFields } from './fields.js';
import { bodyTokens } from './line-tokens.js';
import { foldTemplate } from './fold.js';
import { memberView, outlineMarkersOf, type MemberView, type TemplateMember } from './member.js';
import { chooseOwner } from './owner.js';
import { partsFromHoles } from './parts.js';
import { convertScript, surfaceOf } from './surface.js';

export type { TemplateMember } from './member.js';

export interface TemplateOptions {
  /** Family id written into the template; the first member's id by default. */
  family?: string;
  /** Options for slot detection when a member comes without slots. */
  slots?: Omit<SlotOptions, 'tokens'>;
  /** How members are aligned; the align stage's token diff by default. */
  aligner?: Aligner;
  /** Longest context (characters) a field label takes from the text. */
  labelMaxLength?: number;
  /** Characters of a passage shown as the label of an optional block. */
  optionalLabelLength?: number;
  /** The script of the template's text; the owner member's own script by default. */
  script?: 'simplified' | 'traditional';
  /** Fields the user says are one (field keys or slot ids; the second joins the first). */
  links?: ReadonlyArray<readonly [string, string]>;
}

export const DEFAULT_TEMPLATE_OPTIONS = {
  labelMaxLength: 8,
  optionalLabelLength: 16,
} as const;

export type SlotDetectorFn = (doc: Document, body: Span, options: SlotOptions) => { slots: Slot[] };

/**
 * Builds the template of a family. Members are aligned on the normalised token stream (script,
 * width, spacing, line breaks and punctuation do not count; chrome is left out), the owner member —
 * the first, or a cleaner copy with the same content — gives the text, and only what differs in
 * content becomes a slot or an optional block. Fields group the slots that mean the same thing.
 * Each member keeps a surface (what is not content), so filling its own values gives it back exactly.
 */
export function buildTemplateWith(members: readonly TemplateMember[], options: TemplateOptions, detect: SlotDetectorFn, defaultAligner: Aligner): Template {
  if (members.length === 0) throw usageError('no-members', {});
  const o = { ...DEFAULT_TEMPLATE_OPTIONS, ...options };
  const unordered = members.map((m) => {
    // The outline is read once: the slot detectors leave its markers out, and the view keeps them.
    const markers = outlineMarkersOf(m);
    const slots =
      m.slots ??
      detect(m.document, m.body, {
        outlineMarkers: markers,
        ...(o.slots ?? {}),
        tokens: bodyTokens(m.document, m.body),
        ...(m.chrome === undefined ? {} : { chrome: m.chrome }),
      }).slots;
    return memberView(m, slots, markers);
  });
  const views = chooseOwner(unordered);
  const alignment = alignMembers(
    views.map((v) => v.atoms.map((a) => a.key)),
    options.aligner ?? defaultAligner,
    views.map((v) => v.atoms.map((a) => a.stop === true)),
  );
  const next = nextAtomTables(
    alignment,
    views.map((v) => v.atoms.length),
  );
  views.forEach((v, m) => {
    v.next = next[m] ?? new Int32Array(0);
    v.columnOf = new Int32Array(v.atoms.length);
    alignment.columns.forEach((col, c) => {
      const a = col[m] ?? -1;
      if (a >= 0) v.columnOf[a] = c;
    });
  });
  const holes = foldTemplate({ alignment, views });
  const built = partsFromHoles(views, holes, o.optionalLabelLength);
  const fields = groupFields(built.slots, views, { contextLength: o.labelMaxLength, ...(options.links === undefined ? {} : { links: options.links }) });
  const ownerScript: Script = views[0]?.document.script ?? 'simplified';
  const script = o.script ?? (ownerScript === 'traditional' ? 'traditional' : 'simplified');
  const parts = o.script === undefined ? built.parts : inScript(built.parts, o.script);
  if (o.script !== undefined) {
    const to = o.script;
    const keys = new Map(fields.map((f) => [f.key, convertScript(f.key, to)]));
    // A key whose conversion would meet another key keeps its own spelling.
    const taken = new Set<string>();
    for (const f of fields) {
      const key = keys.get(f.key) ?? f.key;
      keys.set(f.key, taken.has(key) ? f.key : key);
      taken.add(keys.get(f.key) ?? f.key);
    }
    for (const s of built.slots) s.slot.field = keys.get(s.slot.field) ?? s.slot.field;
    for (const f of fields) {
      f.key = keys.get(f.key) ?? f.key;
      f.label = convertScript(f.label, to);
    }
    for (const b of built.optionals) b.label = convertScript(b.label, to);
  }
  const template: Template = {
    family: options.family ?? views[0]?.id ?? '',
    members: views.map((v) => v.id),
    parts,
    slots: built.slots.map((s) => s.slot),
    fields,
    optionals: built.optionals,
    surfaces: {},
  };
  for (const v of views) {
    const own = memberValues(template, v.id);
    const filled = renderParts(template.parts, (id) => own.slots.get(id) ?? '', (id) => own.blocks.has(id));
    template.surfaces[v.id] = surfaceOf(filled, v.text.slice(v.body.start, v.body.end), script, v.document.script);
  }
  return template;
}

/** A member's own slot values and the blocks it has. */
function memberValues(t: Template, id: string): { slots: Map<string, string>; blocks: Set<string> } {
  const slots = new Map<string, string>();
  for (const s of t.slots) {
    const o = s.occurrences.find((x) => x.id === id);
    if (o !== undefined) slots.set(s.id, o.value);
  }
  return { slots, blocks: new Set(t.optionals.filter((b) => b.members.includes(id)).map((b) => b.id)) };
}

function inScript(parts: readonly TemplatePart[], to: 'simplified' | 'traditional'): TemplatePart[] {
  return parts.map((p) => (isSlotPart(p) ? p : isOptionalPart(p) ? { optional: p.optional, parts: inScript(p.parts, to) } : { text: convertScript(p.text, to) }));
}

export type { MemberView };
