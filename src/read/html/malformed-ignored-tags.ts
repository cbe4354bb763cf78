import type { MalformedRule } from './malformed-rule.js';

/**
 * </body> and </html> are always "ignored" by the parser (whitespace after them is moved into the
 * body, and its source range spans them); that is how every page ends, not a fault.
 */
const ALWAYS_IGNORED = /^<\/(?:body|html)\s*>$/i;

/** Tags the parser dropped (an end tag with nothing open to close, a misnested end tag). */
export const malformedIgnoredTags: MalformedRule = {
  name: 'ignored-tags',
  find: ({ source, ignoredTags }) =>
    ignoredTags.flatMap((o) => {
      const tag = source.slice(o, source.indexOf('>', o) + 1);
      if (ALWAYS_IGNORED.test(tag)) return [];
      return [{ sourceOffset: o, problem: 'stray-tag', detail: tag.length > 40 ? `${tag.slice(0, 40)}…` : tag }];
    }),
};
