import type { Element } from 'domhandler';

export interface DropContext {
  /** Length of the whole page text (body), for share-based guards. */
  readonly pageTextLength: number;
  /** Text length under an element (computed on demand: only candidates for dropping ask). */
  textLength(el: Element): number;
}

/** One kind of element that is not plan text (scripts, navigation, site chrome …). */
export interface DropRule {
  name: string;
  drops(el: Element, ctx: DropContext): boolean;
}
