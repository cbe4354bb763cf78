import type { DiagnosticArgs } from '../core/diagnostics.js';
import { CHROME_KIND_NAMES } from './chrome.js';

type Sentences = { readonly [C in keyof DiagnosticArgs]: (a: DiagnosticArgs[C]) => string };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const HTML_PROBLEM_EN = { 'parse-error': 'parse error', 'stray-tag': 'stray tag', 'unclosed-element': 'unclosed element' } as const;

const CHROME_KIND_EN = CHROME_KIND_NAMES.en;

/** English sentences for every diagnostic code. */
export const DIAGNOSTICS_EN: Sentences = {
  'replacement-chars': (a) => `${plural(a.count, 'undecodable byte sequence', 'undecodable byte sequences')} replaced by U+FFFD (first on line ${a.line})`,
  'encoding-guess': (a) =>
    `encoding guessed as ${a.encoding} with low confidence (${
      a.reason === 'few-characters' ? `only ${a.signal} non-ASCII characters to judge by` : `${a.rival ?? 'another encoding'} reads almost as well`
    }); use --encoding to set it`,
  'charset-ignored': (a) => {
    const where = a.where === 'meta' ? '<meta charset>' : '<?xml encoding?>';
    return a.problem === 'unknown-charset'
      ? `${where} names unknown charset "${a.declared}"; ignored`
      : `${where} declares ${a.declared} but the bytes do not read as ${a.declared}${a.readsAs === undefined ? '' : ` (${a.readsAs} reads them)`}; ignored`;
  },
  'html-malformed': (a) => {
    const first = a.problems[0];
    const what = first === undefined ? 'markup problems' : `${HTML_PROBLEM_EN[first.problem]} ${first.detail} at source line ${first.sourceLine}`;
    return `malformed HTML: ${what}${a.count > 1 ? ` and ${a.count - 1} more` : ''}; text extracted anyway`;
  },
  'control-chars': (a) => `${plural(a.count, 'stray control character', 'stray control characters')} (first ${a.codePoint} on line ${a.line})`,
  'no-variants': () => 'no variant headers (篇N, 第N篇, 范文N …): the page is one variant',
  'duplicate-label': (a) => `variant label ${a.label} appears again (occurrence ${a.occurrence}); its id is ${a.id}`,
  preamble: () => 'text between the title and the first variant header belongs to no variant',
  'variant-count': (a) => `the heading announces ${a.announced} variants but ${a.found} were found`,
  chrome: (a) => `site chrome (${CHROME_KIND_EN[a.kind]}${a.spans > 1 ? `, ${a.spans} places` : ''}), not the document: left out of every later stage`,
  'chrome-only': (a) => `the page holds only site chrome (${a.spans} places: navigation, login, download buttons …) and no document text`,
  gap: (a) => {
    if (a.previous === null) return `"${a.marker}" starts its run at ${a.found}, not ${a.expected}`;
    const missing = a.found - a.expected === 1 ? `${a.expected} is` : `${a.expected}–${a.found - 1} are`;
    return `"${a.marker}" follows "${a.previous}"${a.inline ? ' in the same paragraph' : ''}: ${missing} missing`;
  },
  duplicate: (a) => `"${a.marker}" repeats the number of "${a.previous}"`,
  restart: (a) => `"${a.marker}" starts again at 1 after "${a.previous}" under the same parent: a heading is probably missing`,
  malformed: (a) => `"${a.marker}": "、" inside the brackets: written for ${a.intended}`,
  'mixed-style': (a) => `"${a.marker}" continues "${a.previous}" at the same level in another style`,
  'out-of-order': (a) => `"${a.marker}" comes after "${a.previous}"`,
  'gbt-9704': (a) => `"${a.marker}" at level ${a.level}: GB/T 9704-2012 writes "${a.suggested}"`,
  'run-together': (a) => `the text was run together into ${plural(a.longLines, 'long line', 'long lines')}: ${plural(a.items, 'marker was', 'markers were')} recovered after sentence ends`,
  'slot-ambiguous': (a) => `${a.before}⟨⟩${a.unit}: a unit with no number, but nothing before it says people are counted; not made a slot`,
  'slot-conflict': (a) => `${a.detector} found a ${a.type} slot inside the ${a.rivalType} slot of ${a.rivalDetector}; kept the first`,
};
