import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/** Front matter kinds recognised at the top of a Markdown file: YAML (--- … ---) and TOML (+++ … +++). */
const FRONT_MATTER = ['yaml', 'toml'] as const;

/**
 * Markdown → mdast with source positions (UTF-16 offsets into `source`): CommonMark plus GitHub's
 * tables, task lists, footnotes and autolinks, and front matter. Strikethrough needs two tildes:
 * plan text writes ranges with one (3~5人, 6~8人), and single-tilde strikethrough would eat them.
 */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [frontmatter([...FRONT_MATTER]), gfm({ singleTilde: false })],
    mdastExtensions: [frontmatterFromMarkdown([...FRONT_MATTER]), gfmFromMarkdown()],
  });
}
