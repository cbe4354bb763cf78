/**
 * What follows a header marker on its line decides whether it is a subtitle (part of the header:
 * "篇二：推进数字阅读") or the body glued onto the header ("…方案篇一 为了加强管理，…").
 */
export interface RestOptions {
  /** A subtitle is at most this long. */
  maxSubtitleChars: number;
}

export const REST_DEFAULTS: RestOptions = { maxSubtitleChars: 30 };

const SEPARATOR = /^(?:\s*[:、.\-—]+\s*|\s+)/;
/** Punctuation a subtitle does not contain (it is a title, not a sentence). */
const SENTENCE = /[。,;!?，；:]/;
/** An outline marker (一、 (一) 1、 1. 第一、 第一章) at the start of a glued body. */
export const MARKER_START = /^(?:[一二三四五六七八九十]{1,3}[、.]|\(\s*[一二三四五六七八九十0-9]{1,3}\s*\)|[0-9]{1,2}[、.](?![0-9])|第[一二三四五六七八九十0-9]{1,3}[、,章节条部])/;

export interface Rest {
  /** Offset just after the header (subtitle included). */
  end: number;
  /** Offset where the glued body starts, or null. */
  bodyStart: number | null;
  /** The body follows the marker with no separator and does not open with an outline marker. */
  tight: boolean;
}

/**
 * Reads `text` after the header marker ending at `at`. `bracketed`: the marker closes itself (【篇1】),
 * so a subtitle or body may follow with no separator.
 */
export function readRest(text: string, at: number, o: RestOptions = REST_DEFAULTS, bracketed = false): Rest {
  const rest = text.slice(at);
  if (rest.trim() === '') return { end: at, bodyStart: null, tight: false };
  const sep = SEPARATOR.exec(rest);
  const sepLen = sep === null ? 0 : sep[0].length;
  const separated = sepLen > 0 || bracketed;
  const after = rest.slice(sepLen).trimEnd();
  if (separated && after.length === 0) return { end: at + rest.trimEnd().length, bodyStart: null, tight: false };
  if (separated && after.length <= o.maxSubtitleChars && !SENTENCE.test(after) && !MARKER_START.test(after)) {
    return { end: at + sepLen + after.length, bodyStart: null, tight: false };
  }
  return { end: at, bodyStart: at + sepLen, tight: !separated && !MARKER_START.test(after) };
}
