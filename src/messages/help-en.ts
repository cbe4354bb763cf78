/**
 * `plankit --help` and every command's help, in English: descriptions, arguments, options, and the
 * headings commander prints. HELP_ZH has the same keys (its type is this table's).
 */
/** The section titles commander's help prints. */
export type HelpHeading = 'Usage:' | 'Arguments:' | 'Options:' | 'Global Options:' | 'Commands:';

export const HELP_EN = {
  /** commander's section titles, as it passes them to styleTitle. */
  headings: {
    'Usage:': 'Usage:',
    'Arguments:': 'Arguments:',
    'Options:': 'Options:',
    'Global Options:': 'Global Options:',
    'Commands:': 'Commands:',
  } satisfies Record<HelpHeading, string>,
  defaultValue: (value: string): string => `(default: ${value})`,
  program: 'Read, outline, deduplicate and templatise Chinese plan documents (工作计划 范文 pages).',
  version: 'print the version number',
  help: 'display help for command',
  helpCommand: 'display help for a command',
  lang: 'language of messages, help and reports: zh or en (default: from LC_ALL/LC_MESSAGES/LANG, else zh)',
  inputs: 'files, directories (searched recursively for .txt .html .md .docx .jsonl …), globs, or - for stdin; corpus.jsonl#<id> picks one unit of a JSON Lines file',
  idField: 'JSON Lines input: the field that holds each unit\'s id (default "id"; without it, the line number)',
  textField: 'JSON Lines input: the field that holds the text (default: "text", else "content", else "body")',
  encoding: 'read inputs in this encoding instead of detecting it',
  formatTextJson: 'output format: text or json',
  run: {
    description:
      "The main job on a corpus: split and segment every page, show each variant's outline, group the variants into families, " +
      'and print the template of the largest family; the template and a values skeleton are written to --out',
    inputs: (corpus: string): string => `files, directories (searched recursively for .txt .html .md .docx .jsonl …), globs, or - for stdin (default: ${corpus})`,
    out: 'folder for template.json, template.txt, 填写.yaml and 填写.json (a values file filled in is kept; the new one goes beside it)',
    noOutline: 'leave the outlines out of the summary',
  },
  split: {
    description: 'Find the title and the 篇 variants of each page (篇1, 篇一, 第N篇, 范文N, 【篇N】, title(N))',
  },
  segment: {
    description: 'Split each variant into sentences and words (jieba on the Simplified fold, printed in the original script)',
    format: 'output format: text (one line of words per text line) or json (tokens with positions)',
    sep: 'separator between words in text output',
    pos: 'add jieba part-of-speech tags (word/tag); about twice as slow',
    dict: 'user dictionary added to jieba\'s: "word", "word tag", "word freq" or "word freq tag" per line',
  },
  outline: {
    description:
      'Detect the numbering (一、 （一） 1、 1. （1） ① 一是 第X条 …) of each 篇 variant and print it as a tree. ' +
      'JSON "items" are the lines that start with a marker; enumerations inside paragraphs are listed under "inline".',
    format: 'output format: tree, json or markdown',
    fix: 'print the text renumbered without gaps and with GB/T 9704 markers (一、 （一） 1. （1）), nothing else changed',
    gbt: 'add the GB/T 9704-2012 conformance report (each deviation with the marker it asks for)',
  },
  dedup: {
    description: 'Find identical, near-duplicate, contained and overlapping variants across pages, grouped into families',
    near: 'near-duplicate when the Jaccard resemblance reaches this',
    contained: 'contained when this share of one unit is inside the other',
    overlap: 'overlap when this share of either unit is inside the other',
    shingle: 'characters per shingle',
    perm: 'MinHash signature length (permutations)',
    boilerplateDf: 'a sentence found in more than this many units is boilerplate and weighs less',
    minShared: 'related only when sharing at least this many full-weight shingles',
    skipTitle: 'leave the title line of a page without 篇 variants out of its unit (default: it is part of it)',
    singletons: 'also list the units related to nothing (text format)',
  },
  diff: {
    description: 'Compare two variants (a.txt#篇2 b.txt#篇1, or whole files): paragraph alignment, then character differences',
    a: 'first variant: path#label (e.g. page.txt#篇2), or a path for the whole file',
    b: 'second variant, the same way',
    format: 'output format: text, json or html',
    all: 'also print paragraphs that are equal (text format)',
  },
  slots: {
    description: 'List the blanks of each variant: placeholders (20xx, xx, *), hollow blanks (员工人), concrete quantities (8个, 3万元)',
    all: 'also list numbers that name things (“大干100天”, 建国60周年, 九届三次) as ordinal slots',
    minConfidence: 'leave out slots whose confidence (0–1) is below x',
  },
  template: {
    description: "Group the variants into families and extract each family's template: shared text, typed slots, optional passages",
    format: 'output format: json, markdown, text, or docx (a Word file to fill in, needs -o)',
    output: 'write the output to this file instead of standard output; never one of the inputs',
    valuesOut: 'write the values file to fill in (YAML with Chinese comments for .yaml/.yml, else JSON); needs --family when there are several families',
    force: 'let --values-out replace a file that exists',
    script: "the template's text in simplified or traditional script (default: the first member's own)",
    link: 'make field b one field with field a (keys or slot ids; repeatable)',
    family: 'only the family with this id (F1, F2 … as `plankit dedup` numbers them)',
    all: 'also make slots of numbers that name things (ordinals)',
  },
  fill: {
    description: 'Fill a template with values (JSON or YAML, as `plankit template --values-out` writes them) and print the plan',
    template: 'template JSON file written by `plankit template --format json`',
    values: 'values file (JSON or YAML)',
    to: 'convert the output to simplified or traditional script',
    output: 'write the plan to this file instead of standard output (never one of the inputs; written whole or not at all, nothing on error)',
    family: 'which template of the file to fill (default: the values file\'s "template", or the only one)',
    format: 'text, or docx: a Word file laid out per GB/T 9704-2012 (default: docx when -o ends in .docx)',
    title: "the Word file's title (default: the template's)",
  },
  valuesFrom: {
    description: 'Read the values typed into a Word template (written by `plankit template --format docx`) back into a values file for `plankit fill`',
    docx: 'the filled-in Word template',
    template: 'the template JSON the Word file was made from',
    family: 'which template of the file (default: the one the Word file names, or the only one)',
    output: 'write the values here (YAML, or JSON for .json) instead of standard output; never one of the inputs',
    force: 'let -o replace a file that exists',
  },
  form: {
    description: 'Write a self-contained fill-in page (HTML) for a template: inputs in the text, checked as you type, downloads as .txt, .docx and YAML',
    template: 'template JSON file written by `plankit template --format json`',
    output: 'write the page here instead of standard output; never the template itself',
    family: 'which template of the file (default: the only one)',
    title: "the plan's title (default: the template's)",
  },
  batch: {
    description:
      'Analyse a whole corpus into a results store (SQLite file or PostgreSQL database): resumable, in worker threads, several processes or machines may share one PostgreSQL database, bad files recorded and skipped',
    inputs: 'directories (searched recursively for .txt .html .md .docx .jsonl …), globs, files, or list files (*.list, *.lst: one path per line); each line of a .jsonl file is a document',
    db: 'results store: a SQLite file, or postgresql://user:password@host/database shared by every process (created, or resumed: files already stored with the same content are skipped)',
    list: 'list files of paths (one per line, relative to the list file), whatever their extension; enough without other inputs',
    jsonl: 'also export every table as JSON Lines (<dir>/<table>.jsonl)',
    workers: 'worker threads (default: every core)',
    maxBytes: 'record files larger than this as too-large without reading them (default 16 MiB)',
    timeout: 'record a file still running after this long as timeout (default 120)',
    encoding: 'read every input in this encoding instead of detecting it',
    noFamilies: 'skip the corpus-wide dedup families',
    memory: (mb: number): string => `memory for the family phase beyond 24 bytes per variant, in MB (default ${mb}); families are computed in the store, whatever the corpus size`,
    lease: (seconds: number): string => `a file claimed by a process that stops answering goes to another after this many seconds (default ${seconds})`,
    skipTitle: 'leave the title line of a page without 篇 variants out of its dedup unit, as `plankit dedup --skip-title`',
    noTemplates: 'skip the family templates',
    maxTemplates: 'templates for the largest families only, at most this many (default 10000)',
    templateMembers: 'members aligned per template: the canonical one and the next ones (default 8)',
    noProgress: 'no progress line (it is shown only when stderr is a terminal anyway)',
    format: 'summary format: text or json',
  },
  reuse: {
    description:
      'Passage-level reuse across a corpus: recurring sentences and paragraphs, boilerplate ratio per document, families and their distinguishing terms',
    inputs: 'a results store from `plankit batch` (SQLite file or postgresql:// URL), or files, directories, globs (analysed first into a temporary database)',
    format: 'json, csv (tables for R/pandas) or html (a self-contained page)',
    output: 'write here instead of stdout; for csv, a directory receives every table as <table>.csv',
    table: (tables: readonly string[]): string => `csv table written to stdout or to a .csv file: ${tables.join(', ')}`,
    excel: 'csv for Excel: UTF-8 byte-order mark, and formula-like text defused',
    minChars: 'shortest passage counted, in normalised characters (default 10)',
    minDocs: 'a passage is reused when it occurs in at least this many documents (default 2)',
    minFamily: 'smallest family reported (default 2)',
    maxFamilies: 'largest families reported, at most (default 500)',
    topTerms: 'distinguishing terms per family (default 10)',
    workers: 'worker threads when analysing inputs (default: every core)',
  },
};

export type HelpTexts = typeof HELP_EN;
