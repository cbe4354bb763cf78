import { lazyModule } from '../../core/lazy-module.js';

const cheerio = lazyModule<typeof import('cheerio')>('cheerio');
import type { AnyNode, Element } from 'domhandler';
import { decodeAs } from '../encoding/decode.js';
import { isElement } from '../html/nodes.js';

/** The WordprocessingML namespaces: transitional (what Word writes) and strict. */
const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** An XML part's text: UTF-8 unless a byte-order mark says UTF-16 (the two encodings OPC allows). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes);
  return decodeAs('utf-8', bytes);
}

/**
 * A parsed XML part (htmlparser2 in XML mode, through cheerio: tolerant, entities decoded, text
 * kept as written) and a way to name its WordprocessingML elements whatever prefix the part binds
 * the namespace to ("w:" in practice).
 */
export interface XmlPart {
  root: Element | undefined;
  /** Qualified name of a WordprocessingML element or attribute: w('p') → "w:p". */
  w: (local: string) => string;
  /** Whether a qualified name is in the WordprocessingML namespace. */
  isWord: (name: string) => boolean;
}

export function parseXml(bytes: Uint8Array): XmlPart {
  const $ = cheerio().load(decodeXml(bytes), { xml: true });
  const root = $.root()[0]?.children.find(isElement);
  let prefix = 'w:';
  for (const [name, value] of Object.entries(root?.attribs ?? {})) {
    if (!WORD_NAMESPACES.has(value)) continue;
    if (name === 'xmlns') prefix = '';
    else if (name.startsWith('xmlns:')) prefix = name.slice('xmlns:'.length) + ':';
  }
  return { root, w: (local) => prefix + local, isWord: (name) => (prefix === '' ? !name.includes(':') : name.startsWith(prefix)) };
}

export { isElement };

/** Child elements, optionally only those with the qualified name `name`. */
export function childElements(el: Element, name?: string): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && (name === undefined || c.name === name));
}

export function firstChild(el: Element | undefined, name: string): Element | undefined {
  if (el === undefined) return undefined;
  for (const c of el.children) if (isElement(c) && c.name === name) return c;
  return undefined;
}

/** The first descendant element with the qualified name, depth first. */
export function findDescendant(el: Element, name: string): Element | undefined {
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const cur = stack.pop() as Element;
    for (let i = cur.children.length - 1; i >= 0; i--) {
      const c = cur.children[i] as AnyNode;
      if (!isElement(c)) continue;
      if (c.name === name) return c;
      stack.push(c);
    }
  }
  return undefined;
}
