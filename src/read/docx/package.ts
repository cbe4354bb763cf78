import { posix } from 'node:path';
import type { UnzipFileInfo } from 'fflate';
import { lazyModule } from '../../core/lazy-module.js';

const fflate = lazyModule<typeof import('fflate')>('fflate');
import { readError } from '../reasons.js';
import { isZip } from '../format.js';
import { childElements, parseXml } from './xml.js';

/** The parts of a Word package that hold what a reader sees of its body. */
export interface DocxParts {
  document: Uint8Array;
  numbering: Uint8Array | undefined;
  styles: Uint8Array | undefined;
}

/** An OLE2 compound file: an old .doc, or any Word file saved with a password (encrypted .docx). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAIN_DOCUMENT = 'word/document.xml';
const REL = {
  officeDocument: /\/officeDocument$/,
  numbering: /\/numbering$/,
  styles: /\/styles$/,
};

function isOle(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The relationships part of `part`: word/document.xml → word/_rels/document.xml.rels. */
function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** Target of the first relationship of `type` in a .rels part, resolved against `sourcePart`'s folder. */
function relTarget(rels: Uint8Array | undefined, type: RegExp, sourcePart: string): string | undefined {
  if (rels === undefined) return undefined;
  const { root } = parseXml(rels);
  if (root === undefined) return undefined;
  for (const r of childElements(root)) {
    if (!r.name.endsWith('Relationship') || !type.test(r.attribs.Type ?? '') || r.attribs.TargetMode === 'External') continue;
    const target = r.attribs.Target;
    if (target === undefined) continue;
    return target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join(posix.dirname(sourcePart), target));
  }
  return undefined;
}

/**
 * Opens a .docx (an OPC zip package) and inflates the main document part, found through the
 * package relationships (word/document.xml in practice), with its numbering and styles. Refuses,
 * as one not-docx line, bytes that are not a zip, an old .doc or encrypted file, a damaged zip, and
 * a zip without a document part; and as too-large parts that would unpack past `maxBytes`.
 */
export function openDocx(path: string, bytes: Uint8Array, maxBytes: number): DocxParts {
  if (isOle(bytes)) throw readError('docx-old-word', path, {});
  if (!isZip(bytes)) throw readError('docx-not-zip', path, {});

  // Part names are case-insensitive in a package; zip entry names are not.
  const entries = new Map<string, UnzipFileInfo>();
  const inflate = (names: ReadonlySet<string>): Record<string, Uint8Array> => {
    try {
      return fflate().unzipSync(bytes, {
        filter: (f) => {
          entries.set(f.name.toLowerCase(), f);
          return names.has(f.name.toLowerCase());
        },
      });
    } catch (e) {
      throw readError('docx-damaged', path, { detail: (e as Error).message });
    }
  };
  const get = (files: Record<string, Uint8Array>, part: string | undefined): Uint8Array | undefined => {
    if (part === undefined) return undefined;
    const info = entries.get(part.toLowerCase());
    return info === undefined ? undefined : files[info.name];
  };

  const packageRels = '_rels/.rels';
  const first = inflate(new Set([packageRels]));
  const main = relTarget(get(first, packageRels), REL.officeDocument, '') ?? MAIN_DOCUMENT;
  const mainInfo = entries.get(main.toLowerCase());
  if (mainInfo === undefined) throw readError('docx-no-document', path, { part: main });

  const docRels = relsPathOf(main);
  const rels = inflate(new Set([docRels.toLowerCase()]));
  const numberingPart = relTarget(get(rels, docRels), REL.numbering, main);
  const stylesPart = relTarget(get(rels, docRels), REL.styles, main);

  const wanted = [main, numberingPart, stylesPart].filter((p): p is string => p !== undefined && entries.has(p.toLowerCase()));
  // A zip bomb is refused by its declared sizes before anything is inflated.
  const size = wanted.reduce((n, p) => n + (entries.get(p.toLowerCase())?.originalSize ?? 0), 0);
  if (size > maxBytes) throw readError('docx-too-large', path, { size, limit: maxBytes });
  const files = inflate(new Set(wanted.map((p) => p.toLowerCase())));
  const document = get(files, main);
  if (document === undefined) throw readError('docx-no-document', path, { part: main });
  return { document, numbering: get(files, numberingPart), styles: get(files, stylesPart) };
}
