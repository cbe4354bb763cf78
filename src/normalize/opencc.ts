/**
 * The parts of opencc-js plankit uses, typed. Its `full` and `preset` declarations import './core'
 * without a file extension, which NodeNext resolution cannot follow, so their types come out
 * unresolved; the shapes below are the ones those declarations state.
 */
import * as full from 'opencc-js';
import * as presets from 'opencc-js/preset';

export type DictLike = string | readonly (readonly [string, string])[];
export type DictGroup = readonly DictLike[];
export type ConverterFunction = (text: string) => string;

interface FullApi {
  Converter: (options: { from: string; to: string }) => ConverterFunction;
}
interface PresetApi {
  from: Record<string, readonly DictGroup[] | undefined>;
  to: Record<string, readonly DictGroup[] | undefined>;
}

/** opencc-js's converter between two locales (tw → cn, cn → tw …). */
export const Converter: FullApi['Converter'] = (full as unknown as FullApi).Converter;

/** opencc-js's dictionaries: the groups that convert from a locale, and to one. */
export const { from, to } = presets as unknown as PresetApi;
