/**
 * Elements that start and end a line of text (block-level in the default style sheet), so
 * paragraphs, list items, headings and table rows of a plan each come out on their own line.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Table cells: separated by a space on their row's line. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Whitespace is kept as written inside these. */
export const PREFORMATTED_TAGS: ReadonlySet<string> = new Set(['pre', 'textarea', 'listing', 'plaintext']);
