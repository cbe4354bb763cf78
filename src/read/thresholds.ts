/**
 * Named thresholds of the read stage. Each is a documented default; none is buried in code.
 */

/** Bytes of the file start searched for "<html" / "<!doctype" when the format is auto. */
export const FORMAT_SNIFF_BYTES = 1024;

/** Bytes of the file start searched for <meta charset> / http-equiv / <?xml encoding?>. */
export const META_SNIFF_BYTES = 4096;

/**
 * Bytes scored when guessing a legacy encoding: enough for hundreds of characters, and scoring a
 * 50 MB file five times over would be wasted work.
 */
export const GUESS_SAMPLE_BYTES = 256 * 1024;

/**
 * UTF-16 without a BOM: text with any ASCII in it (digits, line breaks) has NUL high bytes, all
 * at odd offsets (LE) or all at even offsets (BE). Some CJK characters have a 00 low byte too
 * (一 is U+4E00), so a share, not all, of the NULs must sit on the dominant side.
 */
export const UTF16_NUL_PARITY_SHARE = 0.8;

/** Minimum NUL bytes before the parity pattern means anything. */
export const UTF16_MIN_NULS = 2;

/**
 * With NULs on both sides (few ASCII characters, several U+xx00 characters such as 一), or with no
 * NUL at all, a UTF-16 reading is taken only when it is clearly Chinese: plausibility at least this.
 */
export const UTF16_MIN_SCORE = 0.3;

/**
 * A UTF-16 reading is rejected (→ binary) when more than this share of its characters are control
 * characters, lone surrogates or non-characters.
 */
export const UTF16_MAX_JUNK_SHARE = 0.05;

/**
 * Valid UTF-8 with at least this many non-ASCII characters is accepted without comparing other
 * encodings. Below it (a handful of bytes) a GBK or Big5 text can be valid UTF-8 by chance
 * (GBK 小 = D0 A1 is UTF-8 Cyrillic С), so the guesser compares the readings, UTF-8 favoured.
 */
export const UTF8_TRUST_MIN_CHARS = 8;

/** Score bonus of the UTF-8 reading of short, valid UTF-8 input in the comparison above. */
export const VALID_UTF8_BONUS = 0.3;

/** Weight of chardet's confidence (0–100 → 0–this) added to the plausibility score. */
export const CHARDET_WEIGHT = 0.1;

/** Weight of one U+FFFD against one common character in the plausibility score. */
export const REPLACEMENT_WEIGHT = 2;

/** A guess is reported as low-confidence when the best reading wins by less than this margin… */
export const GUESS_MIN_MARGIN = 0.2;

/** …or when the text has fewer non-ASCII characters than this to judge by. */
export const GUESS_MIN_SIGNAL = 12;

/**
 * A declared charset (<meta>, <?xml?>) is not believed when decoding with it leaves more than this
 * share of the non-ASCII characters as U+FFFD…
 */
export const DECLARED_MAX_BAD_SHARE = 0.05;

/**
 * …or when another encoding's reading scores at least this much higher in plausibility (a page
 * declaring big5 but saved as GBK decodes to garbage with hardly any U+FFFD).
 */
export const DECLARED_OVERRULE_MARGIN = 0.5;

/** More than this share of the non-blank characters undecodable → PlankitError 'undecodable'. */
export const UNDECODABLE_SHARE = 0.5;

/**
 * A site-chrome element (by id/class) is kept when it holds more than this share of the page
 * text: a wrapper named "content-with-sidebar" around the article is not chrome.
 */
export const CHROME_MAX_TEXT_SHARE = 0.5;
