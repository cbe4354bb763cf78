import type { AnyNode, Element, Text } from 'domhandler';

/**
 * Node type guards by the DOM nodeType number (1 element, 3 text): domhandler's `type` is an enum
 * from a package plankit does not depend on directly, so its values are not compared by name.
 * A processing instruction is nodeType 1 as well, but has no children.
 */
export function isElement(node: AnyNode): node is Element {
  return node.nodeType === 1 && 'children' in node;
}

export function isText(node: AnyNode): node is Text {
  return node.nodeType === 3;
}
