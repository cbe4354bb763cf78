import type { Root } from 'mdast';
import { lazyModule } from '../../core/lazy-module.js';

const fromMarkdownModule = lazyModule<typeof import('mdast-util-from-markdown')>('mdast-util-from-markdown');
const frontmatterMdast = lazyModule<typeof import('mdast-util-frontmatter')>('mdast-util-frontmatter');
const gfmMdast = lazyModule<typeof import('mdast-util-gfm')>('mdast-util-gfm');
const frontmatterSyntax = lazyModule<typeof import('micromark-extension-frontmatter')>('micromark-extension-frontmatter');
const gfmSyntax = lazyModule<typeof import('micromark-extension-gfm')>('micromark-extension-gfm');

/** Front matter kinds recognised at the top of a Markdown file: YAML (--- … ---) and TOML (+++ … +++). */
const FRONT_MATTER = ['yaml', 'toml'] as const;

/**
 * Markdown → mdast with source positions (UTF-16 offsets into `source`): CommonMark plus GitHub's
 * tables, task lists, footnotes and autolinks, and front matter. Strikethrough needs two tildes:
 * plan text writes ranges with one (3~5人, 6~8人), and single-tilde strikethrough would eat them.
 */
export function parseMarkdown(source: string): Root {
  return fromMarkdownModule().fromMarkdown(source, {
    extensions: [frontmatterSyntax().frontmatter([...FRONT_MATTER]), gfmSyntax().gfm({ singleTilde: false })],
    mdastExtensions: [frontmatterMdast().frontmatterFromMarkdown([...FRONT_MATTER]), gfmMdast().gfmFromMarkdown()],
  });
}
