import type { AnyNode } from 'domhandler';
import type { MalformedProblem, MalformedRule } from './malformed-rule.js';
import { isElement } from './nodes.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
/** Elements whose end tag HTML allows to be omitted. */
const OPTIONAL_END = new Set([
  'html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'rt', 'rp', 'rb', 'rtc', 'optgroup', 'option',
  'colgroup', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

/**
 * parse5 does not report an element left open (it closes it silently at its parent's end tag or at
 * the end of the file), but its source locations tell: an element written with a start tag and no
 * matching end tag, whose end tag may not be omitted.
 */
export const malformedUnclosed: MalformedRule = {
  name: 'unclosed',
  find: ({ root }) => {
    const out: MalformedProblem[] = [];
    const stack: AnyNode[] = [...root.children];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === undefined || !('children' in node)) continue;
      if (isElement(node)) {
        const el = node;
        const loc = el.sourceCodeLocation;
        if (loc?.startTag !== undefined && loc.endTag === undefined && el.namespace === HTML_NS && !VOID.has(el.name) && !OPTIONAL_END.has(el.name)) {
          out.push({ sourceOffset: loc.startTag.startOffset, problem: 'unclosed-element', detail: `<${el.name}>` });
        }
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
    return out.sort((a, b) => a.sourceOffset - b.sourceOffset);
  },
};
