import { stringify } from 'yaml';
import type { Template } from '../../core/template.js';

/**
 * The values skeleton a person fills in for `plankit fill`: every slot with its label, type, unit
 * and an example from the members (value left null), every optional block with include: true.
 * Keys follow template order (s1, s2 …), so the file reads like the plan.
 */
export interface SkeletonSlot {
  label: string;
  kind: string;
  type: string;
  unit: string;
  example: string;
  value: string | null;
}

export interface Skeleton {
  template: string;
  slots: Record<string, SkeletonSlot>;
  optional: Record<string, { label: string; include: boolean }>;
}

export function valuesSkeleton(template: Template): Skeleton {
  const slots: Record<string, SkeletonSlot> = {};
  for (const s of template.slots) {
    const example = s.occurrences.find((o) => o.value.length > 0)?.value ?? '';
    slots[s.id] = { label: s.label, kind: s.kind, type: s.type, unit: s.unit, example, value: null };
  }
  const optional: Skeleton['optional'] = {};
  for (const b of template.optionals) optional[b.id] = { label: b.label, include: true };
  return { template: template.family, slots, optional };
}

export function skeletonJson(template: Template): string {
  return `${JSON.stringify(valuesSkeleton(template), null, 2)}\n`;
}

export function skeletonYaml(template: Template): string {
  return stringify(valuesSkeleton(template), { lineWidth: 0 });
}
