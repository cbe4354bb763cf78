import type { List, ListItem } from 'mdast';

/** An ordered-list number as written: 1. or 1) (CommonMark allows up to nine digits). */
const ORDERED_MARKER = /[ \t]*([0-9]{1,9}[.)])/y;

/**
 * The marker of a list item that stays in the text, with its source offset, or null. Bullets
 * (- * +) are markup and go; ordered numbers stay, because plans number their items that way and
 * the outline reads them (1. 2. 3.). Chinese numbering (1、 （一） 一、) is never list syntax in
 * Markdown, so it is ordinary text already.
 */
export function keptListMarker(list: List, item: ListItem, source: string): { text: string; offset: number } | null {
  if (list.ordered !== true) return null;
  const start = item.position?.start.offset;
  if (start === undefined) return null;
  ORDERED_MARKER.lastIndex = start;
  const m = ORDERED_MARKER.exec(source);
  if (m === null) return null;
  const text = m[1] as string;
  return { text, offset: start + m[0].length - text.length };
}
