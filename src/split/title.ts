import type { Chrome } from '../core/document.js';
import type { Span } from '../core/span.js';
import { navWords } from './chrome/nav-words.js';
import { readListHeading } from './list-heading.js';
import { normalizeStem } from './numbers.js';
import { stemsRelated } from './stems.js';
import { endsLikeTitle } from './title-words.js';
import { loadDataFile } from './data-file.js';
import type { PageLine } from './types.js';

/**
 * A title line does not read like a sentence: it ends without a sentence mark or a colon
 * ("各位领导：" opens a speech, "现将计划安排如下：" opens a list).
 */
const SENTENCE_END = /[。!?;,:，；：、]$/;
/** A title needs at least one Han character or letter (a line of dashes is a rule, not a title). */
const WORDY = /[\p{Script=Han}A-Za-z]/u;
/** A line that opens with an outline marker is a heading inside the text, not the page title. */
const OUTLINE_START = /^(?:[一二三四五六七八九十]{1,3}[、.]|\(\s*[一二三四五六七八九十0-9]{1,3}\s*\)|[0-9]{1,2}[、.](?![0-9])|第[一二三四五六七八九十0-9]{1,3}[章节条])/;
/** A viewer's piece counter at the start of a run-together line. */
const COUNTER_START = /^[0-9]{1,3}、\s*/;
/** Where a title glued to the text after it (a run-together first line) ends: a blank, punctuation, or the first outline marker. */
const HEAD_END = /[\s。!?;,:，；：]|(?<=\S)(?:[一二三四五六七八九十壹贰叁参肆伍陆柒捌玖拾]{1,3}、|\([一二三四五六七八九十0-9]{1,3}\)|第[一二三四五六七八九十0-9]{1,3}[章条])/;

export interface TitleCandidate {
  line: number;
  span: Span;
  /** The folded text of the candidate. */
  text: string;
  /** A list heading (精选N篇) that is also page chrome: a title only when nothing better is there. */
  collection: boolean;
}

export interface TitleOptions {
  maxTitleChars: number;
  /** How many lines at the top of the page are weighed as the title. */
  maxTitleCandidates: number;
}

function titleLike(text: string, maxChars: number): boolean {
  return text.length > 0 && text.length <= maxChars && !SENTENCE_END.test(text) && WORDY.test(text) && !OUTLINE_START.test(text);
}

/**
 * Lines at the top of the page that could be its title, in order: non-chrome lines that read like
 * a title (short, not a sentence, no outline marker), and list headings (精选N篇, chrome, but a title
 * when the page has no other). The search stops at the first paragraph. A run-together first line
 * (a document-sharing dump) offers its opening words, up to the first blank or punctuation.
 */
/** Non-blank lines at the top of a page that the title search reads past paragraphs, under an issuing line. */
const MAX_ISSUED_LINES = 12;

export function titleCandidates(
  masked: string,
  folded: string,
  lines: PageLine[],
  chromeLines: ReadonlyMap<number, Chrome>,
  o: TitleOptions,
): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  let issued = false; // an issuing line (教育部令, 行政院函) was seen: the title comes under it
  let read = 0;
  for (let i = 0; i < lines.length && out.length < o.maxTitleCandidates; i++) {
    const l = lines[i] as PageLine;
    const chrome = chromeLines.get(i);
    if (chrome !== undefined) {
      if (chrome.kind === 'collection-title') out.push({ line: i, span: chrome.span, text: folded.slice(chrome.span.start, chrome.span.end).trim(), collection: true });
      continue;
    }
    if (l.trimmed.end === l.trimmed.start) continue;
    const text = masked.slice(l.trimmed.start, l.trimmed.end);
    if (!WORDY.test(text)) continue; // "- 0", a rule of dashes: noise, not the end of the page top
    read++;
    if (titleLike(text, o.maxTitleChars)) {
      out.push({ line: i, span: l.trimmed, text, collection: false });
      if (isIssuingLine(text)) issued = true;
      continue;
    }
    // An order or a letter puts its number, a sentence and a signature between the issuing line and
    // the regulation's title: read on, a few lines.
    if (issued && read < MAX_ISSUED_LINES) continue;
    if (out.every((c) => c.collection)) {
      // The first text line is not a title: a run-together dump may start with its title.
      // A dump's first piece may start with the viewer's counter (1、) no other piece confirmed.
      const from = COUNTER_START.exec(text)?.[0].length ?? 0;
      const k = text.slice(from).search(HEAD_END);
      const head = unrepeated(k < 0 ? text.slice(from) : text.slice(from, from + k));
      if (k > 0 && titleLike(head, o.maxTitleChars) && head.length >= 4) {
        out.push({ line: i, span: { start: l.trimmed.start + from, end: l.trimmed.start + from + head.length }, text: head, collection: false });
      }
    }
    break;
  }
  return out;
}

/** 附「…要点」, 附修正《…》: the note that a document is attached, not its title. */
const ATTACHMENT_NOTE = /^\s*附(?:件|修正|订正)?\s*[「《“]/;
/** Where a title broken over two lines breaks: after 关于 (…关于印发 / …的通知), before 和 及 与 暨. */
const OPENS_TITLE = /关于/;
const CONTINUES_TITLE = /^[和及与暨的]/;

/** `a` and the line right under it `b` are one title written over two lines. */
function twoLineTitle(a: TitleCandidate, b: TitleCandidate): boolean {
  if (b.line !== a.line + 1 || a.collection || b.collection) return false;
  if (endsLikeTitle(titleStem(a.text)) || !endsLikeTitle(titleStem(b.text))) return false;
  return OPENS_TITLE.test(a.text) || CONTINUES_TITLE.test(b.text.trim());
}

let issuing: RegExp | null = null;

/**
 * An issuing line (发文机关标志): an organ and the kind of document (教育部令, 行政院函,
 * XX人民政府文件; data/split/issuer-words.tsv), not a title (关于…的公告 is one).
 */
export function isIssuingLine(text: string): boolean {
  if (issuing === null) {
    const words = loadDataFile(ISSUER_WORDS_FILE).rows.map((r) => r.cells['word'] as string);
    issuing = new RegExp(`^[^关于的「」《》“”]{2,30}(?:${words.join('|')})$`);
  }
  return issuing.test(text.replace(/\s+/g, ''));
}

export const ISSUER_WORDS_FILE = 'data/split/issuer-words.tsv';

/** A title glued to its own repetition (the first header repeats it: "XX 篇1…") → X. */
function unrepeated(head: string): string {
  for (let k = Math.floor(head.length / 2); k >= 4; k--) if (head.startsWith(head.slice(0, k), k)) return head.slice(0, k);
  return head;
}

/** The stem a header would repeat: no whitespace, no "精选5篇" count. */
export function titleStem(titleText: string): string {
  const heading = readListHeading(titleText);
  return heading ? heading.stem : normalizeStem(titleText);
}

/**
 * The page title among the candidates: the one whose stem the variant headers repeat, then one that
 * ends like a title (…工作计划, …实施方案), never a bare category name when another line follows
 * (工作计划 under a 首页 menu is the site's section; the same words below it are the title); on a
 * tie the first. A list heading (精选N篇) is a title like any other line.
 */
export function chooseTitle(candidates: TitleCandidate[], headerStems: string[], headerSpans: readonly Span[]): TitleCandidate | null {
  const words = navWords();
  let best: TitleCandidate | null = null;
  let bestScore = -Infinity;
  candidates.forEach((c, k) => {
    if (headerSpans.some((h) => h.start < c.span.end && c.span.start < h.end)) return;
    const stem = titleStem(c.text);
    const next = candidates[k + 1];
    const prev = candidates[k - 1];
    // A title written over two lines (国务院办公厅关于印发… / …方案的通知) is its first line.
    const opensTwoLines = next !== undefined && twoLineTitle(c, next);
    const closesTwoLines = prev !== undefined && twoLineTitle(prev, c);
    let score = -k * 0.01;
    if (headerStems.some((h) => h !== '' && stemsRelated(h, stem))) score += 3;
    if (endsLikeTitle(stem) || (opensTwoLines && !isIssuingLine(c.text))) score += 1.5;
    if (closesTwoLines) score -= 2;
    if (isIssuingLine(c.text) || ATTACHMENT_NOTE.test(c.text)) score -= 2;
    if (words.has(c.text.replace(/\s+/g, '')) && candidates.some((d, j) => j > k)) score -= 2;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  });
  return best;
}
