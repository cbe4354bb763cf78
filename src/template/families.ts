import type { Template } from '../core/template.js';
import { findDuplicates, type DedupFamily, type DedupOptions } from '../dedup/index.js';
import { buildTemplate } from './index.js';
import type { TemplateMember, TemplateOptions } from './build/build.js';

/**
 * The one way a corpus's family templates are built — by `plankit template`, by the main job and by
 * batch: families from dedup over the units' folded bodies, then each family's template with its
 * canonical member first (the builder may still pick a cleaner copy of the same content as owner).
 */
export type FamilyUnit = TemplateMember;

export interface FamilyTemplatesOptions {
  /** Only the family with this id. */
  family?: string;
  /** Families already found (e.g. the main job's dedup); dedup runs when absent. */
  families?: readonly Pick<DedupFamily, 'id' | 'members' | 'canonical'>[];
  dedup?: Partial<DedupOptions>;
  template?: Omit<TemplateOptions, 'family'>;
}

/** The template of one family: its canonical member first, the others in the order given. */
export function familyTemplate(id: string, canonical: string, members: readonly FamilyUnit[], options: Omit<TemplateOptions, 'family'> = {}): Template {
  const first = members.find((m) => m.id === canonical);
  const ordered = first === undefined ? [...members] : [first, ...members.filter((m) => m !== first)];
  return buildTemplate(ordered, { ...options, family: id });
}

export function familyTemplates(units: readonly FamilyUnit[], options: FamilyTemplatesOptions = {}): Template[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const families =
    options.families ?? findDuplicates(units.map((u) => ({ id: u.id, text: u.document.folded.slice(u.body.start, u.body.end) })), options.dedup ?? {}).families;
  const out: Template[] = [];
  for (const f of families) {
    if (options.family !== undefined && f.id !== options.family) continue;
    const members = f.members.flatMap((id) => {
      const u = byId.get(id);
      return u === undefined ? [] : [u];
    });
    if (members.length === 0) continue;
    out.push(familyTemplate(f.id, f.canonical, members, options.template ?? {}));
  }
  return out;
}
