/**
 * Whether the first line of a plan that has no separate title is its own title: a one-plan document
 * keeps its title in the text (it may hold a blank, 【年份】年工作计划), and so does a variant whose
 * body opens with its heading (第3篇 / 手术室护理工作计划). The command line decides whether to give a
 * separate title by the genre words (export/title.ts); this check runs where no data file can be read
 * (the fill-in page), so it asks only for the shape of a title line: short, and no sentence punctuation.
 *
 * Free of Node APIs: the fill-in page lays out its Word file with it.
 */
export const TITLE_LINE_MAX = 60;

const SENTENCE_PUNCTUATION = /[。，,；;：:！!？?]/u;

export function readsAsTitle(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= TITLE_LINE_MAX && !SENTENCE_PUNCTUATION.test(text);
}
