/** The reuse report page (`plankit reuse --format html`), in English. REUSE_PAGE_ZH has the same keys. */
export const REUSE_PAGE_EN = {
  lang: 'en',
  title: 'plankit reuse report',
  intro: (minDocuments: number, minChars: number): string =>
    'Passages are sentences and multi-sentence paragraphs compared after folding (Simplified, half-width), ' +
    'with whitespace and punctuation removed and every number or placeholder counted as one symbol. A passage is reused when it occurs ' +
    `in at least ${minDocuments} documents; passages shorter than ${minChars} characters are not counted. ` +
    "A document's boilerplate ratio is the share of its characters in sentences found in other documents.",
  cards: {
    documents: 'documents',
    boilerplate: 'corpus boilerplate',
    median: 'median document',
    sentences: 'recurring sentences',
    paragraphs: 'recurring paragraphs',
    families: (min: number): string => `families (≥ ${min})`,
    largest: 'largest family',
  },
  ratioHeading: 'Boilerplate ratio per document',
  ratioChart: { caption: 'Documents by boilerplate ratio', x: 'share of the document found in other documents', y: 'documents' },
  sizesHeading: 'Family sizes',
  sizesChart: { caption: 'Families by size', x: 'variants in the family', y: 'families' },
  passagesHeading: 'Recurring passages',
  passageColumns: ['kind', 'documents', 'occurrences', 'chars', 'text (first occurrence)', 'first seen'],
  passageKind: { sentence: 'sentence', paragraph: 'paragraph' },
  documentsHeading: 'Documents, most boilerplate first',
  documentColumns: ['document', 'chars', 'reused chars', 'boilerplate'],
  familiesHeading: 'Families and their distinguishing terms',
  familiesNote: "Terms ranked by TF-IDF of the family's members against the other families listed.",
  familyColumns: ['family', 'size', 'documents', 'canonical member', 'distinguishing terms'],
  shown: (rows: number, total: number): string => `The first ${rows} of ${total} rows; the CSV and JSON outputs have them all.`,
};

export type ReusePageTexts = typeof REUSE_PAGE_EN;
