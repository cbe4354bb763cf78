import { strToU8, zipSync } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

function rels(entries: Array<[type: string, target: string]>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    entries.map(([type, target], k) => `<Relationship Id="rId${k + 1}" Type="${DOC_REL}/${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

export interface HandDocx {
  /** The inside of <w:body>. */
  body: string;
  /** The inside of <w:numbering>, when the document has numbering. */
  numbering?: string;
  /** The inside of <w:styles>, when the document has styles. */
  styles?: string;
  /** Where the main part lives (default word/document.xml, named by the package relationships). */
  documentPart?: string;
  /** The namespace prefix of WordprocessingML in the document part (default "w"). */
  prefix?: string;
}

/** A .docx package zipped from hand-written WordprocessingML. */
export function handDocx(d: HandDocx): Uint8Array {
  const main = d.documentPart ?? 'word/document.xml';
  const dir = main.slice(0, main.lastIndexOf('/'));
  const name = main.slice(main.lastIndexOf('/') + 1);
  const p = d.prefix ?? 'w';
  const body = p === 'w' ? d.body : d.body.replace(/(<\/?)w:/g, `$1${p}:`).replace(/ w:/g, ` ${p}:`);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(rels([['officeDocument', main]])),
    [main]: strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}:document xmlns:${p}="${W_NS}"><${p}:body>${body}</${p}:body></${p}:document>`),
  };
  const docRels: Array<[string, string]> = [];
  if (d.numbering !== undefined) {
    files[`${dir}/numbering.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${d.numbering}</w:numbering>`);
    docRels.push(['numbering', 'numbering.xml']);
  }
  if (d.styles !== undefined) {
    files[`${dir}/styles.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${d.styles}</w:styles>`);
    docRels.push(['styles', 'styles.xml']);
  }
  if (docRels.length > 0) files[`${dir}/_rels/${name}.rels`] = strToU8(rels(docRels));
  return zipSync(files);
}

/** <w:p> with one run of text (and paragraph properties). */
export function para(text: string, pPr = ''): string {
  return `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}${text === '' ? '' : `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`}</w:p>`;
}

/** <w:numPr> of list `numId` at level `ilvl`. */
export function numPr(numId: number, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** A w:lvl of an abstract numbering definition. */
export function lvl(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

/** An abstract numbering definition and its one instance w:num with the same id. */
export function list(id: number, levels: string[], extra = ''): string {
  return `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}${extra}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}
