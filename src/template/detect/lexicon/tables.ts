import type { SlotType } from '../../../core/template.js';
import { SLOT_TYPES } from '../../../core/template.js';
import { LexiconError, loadLexicon } from './load.js';

/**
 * The lexicon files and the tables the detectors use. Files keep the order of their entries (a few
 * lookups return the first match), and each table is built once at load time.
 */

export const WORD_COLUMNS = ['word', 'source', 'note'] as const;
export const CUE_COLUMNS = ['word', 'role', 'source', 'note'] as const;
export const UNIT_COLUMNS = ['word', 'type', 'roles', 'source', 'note'] as const;
export const TYPED_COLUMNS = ['word', 'type', 'source', 'note'] as const;

/** Lexicons of words with the slot type they give (field-labels: [姓名] → text). */
export const TYPED_LEXICONS = ['field-labels'] as const;
export type TypedLexicon = (typeof TYPED_LEXICONS)[number];

/** Lexicons of plain words, one word per entry. */
export const WORD_LEXICONS = ['straddling-words', 'starting-words', 'counted-before', 'counted-after', 'determiners', 'determiner-word-ends'] as const;
export type WordLexicon = (typeof WORD_LEXICONS)[number];

/** Roles of cues.tsv: what a word before (or after) a number or a blank says about it. */
export const CUE_ROLES = [
  'quantity', 'person-ending', 'people', 'strong', 'bound', 'scope', 'count-verb', 'amount-verb', 'rate-word', 'person-head',
  'institution-head', 'organisation', 'not-final', 'person-before', 'org-suffix', 'ordinal-suffix', 'not-rank', 'determiner-word',
  'duration-cue',
] as const;
export type CueRole = (typeof CUE_ROLES)[number];

/**
 * Roles of units.tsv: `hollow` a blank may stand before it at the end of a clause; `cued` only after
 * a strong cue or in a list; `noun-unit` also a noun (only after a bound); `measure` may be followed
 * by 的; `duration` a length of time (may be followed by 内/后/前: 五个工作日内); `people` needs people counted; `sign` a percent sign; `no-list-right` 、 does not end its
 * clause; `scalable` 万/亿/千 may stand before it; `classifier` may stand before its noun
 * (`classifier-person`, `-institution`, `-organisation`: only before such a noun).
 */
export const UNIT_ROLES = [
  'hollow', 'cued', 'noun-unit', 'measure', 'duration', 'people', 'sign', 'no-list-right', 'scalable', 'classifier', 'classifier-person',
  'classifier-institution', 'classifier-organisation',
] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export function words(name: WordLexicon): string[] {
  return loadLexicon(name, WORD_COLUMNS).map((e) => e.cells['word'] as string);
}

let cueTable: Map<CueRole, string[]> | null = null;

export function cues(role: CueRole): string[] {
  if (cueTable === null) {
    cueTable = new Map(CUE_ROLES.map((r) => [r, [] as string[]]));
    for (const e of loadLexicon('cues', CUE_COLUMNS)) {
      const list = cueTable.get(e.cells['role'] as CueRole);
      if (list === undefined) throw new LexiconError('data/lexicon/cues.tsv', e.line, `unknown role "${e.cells['role']}" (known: ${CUE_ROLES.join(', ')})`);
      list.push(e.cells['word'] as string);
    }
  }
  return cueTable.get(role) as string[];
}

export interface UnitEntry {
  word: string;
  type: SlotType;
  roles: ReadonlySet<UnitRole>;
}

let unitTable: UnitEntry[] | null = null;

export function units(): readonly UnitEntry[] {
  if (unitTable === null) {
    unitTable = loadLexicon('units', UNIT_COLUMNS).map((e) => {
      const type = e.cells['type'] as SlotType;
      if (!SLOT_TYPES.includes(type)) throw new LexiconError('data/lexicon/units.tsv', e.line, `unknown slot type "${type}"`);
      const roles = (e.cells['roles'] as string) === '-' ? [] : (e.cells['roles'] as string).split(',');
      for (const r of roles) {
        if (!(UNIT_ROLES as readonly string[]).includes(r)) throw new LexiconError('data/lexicon/units.tsv', e.line, `unknown role "${r}" (known: ${UNIT_ROLES.join(', ')})`);
      }
      return { word: e.cells['word'] as string, type, roles: new Set(roles as UnitRole[]) };
    });
  }
  return unitTable;
}

/** The units that have `role`. */
export function unitsWith(role: UnitRole): Set<string> {
  return new Set(units().filter((u) => u.roles.has(role)).map((u) => u.word));
}

const typedTables = new Map<TypedLexicon, ReadonlyMap<string, SlotType>>();

/** Word → slot type of a typed lexicon, in file order. */
export function typedWords(name: TypedLexicon): ReadonlyMap<string, SlotType> {
  let table = typedTables.get(name);
  if (table === undefined) {
    const map = new Map<string, SlotType>();
    for (const e of loadLexicon(name, TYPED_COLUMNS)) {
      const type = e.cells['type'] as SlotType;
      if (!SLOT_TYPES.includes(type)) throw new LexiconError(`data/lexicon/${name}.tsv`, e.line, `unknown slot type "${type}"`);
      map.set(e.cells['word'] as string, type);
    }
    typedTables.set(name, (table = map));
  }
  return table;
}
