import { once } from 'node:events';
import type { Command } from 'commander';
import type { Document, Sentence, Token } from '../../core/document.js';
import { LineIndex } from '../../core/lines.js';
import type { Span } from '../../core/span.js';
import { normalize } from '../../normalize/index.js';
import { segment, type SegmentOptions } from '../../segment/index.js';
import { splitVariants } from '../../split/index.js';
import { helpTexts } from '../../messages/index.js';
import { inputOptions, loadInputs } from '../inputs.js';
import type { CliIO } from '../io.js';
import { choice, type OutputFormat } from '../output.js';
import { escapeControls } from '../text.js';
import type { RegisterCommand } from './index.js';

interface SegmentCommandOptions {
  format: string;
  sep: string;
  pos?: boolean;
  dict?: string;
  encoding?: string;
}

/**
 * A variant is segmented and printed this many characters at a time (cut at a line break), so a
 * 50 MB page never holds all its tokens in memory at once.
 */
export const BLOCK_CHARS = 65536;

export const registerSegment: RegisterCommand = (program: Command, io: CliIO) => {
  const h = helpTexts(io.lang);
  program
    .command('segment')
    .description(h.segment.description)
    .argument('<inputs...>', h.inputs)
    .option('--format <format>', h.segment.format, 'text')
    .option('--sep <text>', h.segment.sep, ' / ')
    .option('--pos', h.segment.pos)
    .option('--dict <file>', h.segment.dict)
    .option('--encoding <name>', h.encoding)
    .action(async (inputs: string[], opts: SegmentCommandOptions) => {
      const format = choice<OutputFormat>('format', opts.format, ['text', 'json']);
      const options: SegmentOptions = { pos: opts.pos === true };
      if (opts.dict !== undefined) options.userDict = opts.dict;
      // Load the dictionary before any output, so a bad --dict is one usage error, not half a report.
      segment(EMPTY, { start: 0, end: 0 }, options);
      const out = new Output(io);
      let files = 0;
      const loadOptions = inputOptions(opts);
      for await (const doc of loadInputs(inputs, loadOptions, io)) {
        if (format === 'json') await jsonFile(out, doc, options, files++ === 0);
        else await textFile(out, doc, options, opts.sep);
      }
      if (format === 'json') await out.write(files === 0 ? '{\n  "files": []\n}\n' : '\n  ]\n}\n');
      await out.flush();
    });
};

const EMPTY: Document = normalize({ path: '-', encoding: 'utf-8', encodingCertain: true, format: 'text', text: '', byteLength: 0, diagnostics: [] });

/** Buffered stdout that waits for 'drain', so a huge output does not pile up in memory. */
class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly io: CliIO) {}
  async write(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= BLOCK_CHARS) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.io.stdout.write(chunk)) await once(this.io.stdout, 'drain');
  }
}

/** Each variant's header line and body, in BLOCK_CHARS pieces that end at a line break. */
function* variantBlocks(doc: Document): Generator<{ id: string; label: string | null; block: Span; first: boolean }> {
  for (const v of splitVariants(doc).variants) {
    const start = v.header?.start ?? v.body.start;
    const end = v.body.end;
    let a = start;
    do {
      let b = a + BLOCK_CHARS >= end ? end : doc.folded.indexOf('\n', a + BLOCK_CHARS);
      b = b < 0 || b >= end ? end : b + 1;
      yield { id: v.id, label: v.label, block: { start: a, end: b }, first: a === start };
      a = b;
    } while (a < end);
  }
}

/** Maps offsets to line/column for offsets that only move forward. */
class LineCursor {
  private line = 0;
  constructor(private readonly index: LineIndex) {}
  position(offset: number): { line: number; column: number } {
    const starts = this.index.starts;
    if (offset < (starts[this.line] ?? 0)) this.line = this.index.lineOf(offset) - 1;
    while (this.line + 1 < starts.length && (starts[this.line + 1] ?? Infinity) <= offset) this.line++;
    return { line: this.line + 1, column: offset - (starts[this.line] ?? 0) };
  }
}

async function textFile(out: Output, doc: Document, options: SegmentOptions, sep: string): Promise<void> {
  for (const { id, block, first } of variantBlocks(doc)) {
    if (first) await out.write(`# ${escapeControls(id)}\n`);
    const { tokens } = segment(doc, block, options);
    let words: string[] = [];
    for (const t of tokens) {
      const text = doc.text.slice(t.span.start, t.span.end);
      if (text === '\n') {
        if (words.length > 0) await out.write(words.join(sep) + '\n');
        words = [];
      } else if (!(t.tag === 'x' && text.trim() === '')) {
        words.push(options.pos ? `${text}/${t.tag}` : text);
      }
    }
    if (words.length > 0) await out.write(words.join(sep) + '\n');
  }
}

async function jsonFile(out: Output, doc: Document, options: SegmentOptions, firstFile: boolean): Promise<void> {
  const index = new LineIndex(doc.text);
  const cursor = new LineCursor(index);
  const sentenceCursor = new LineCursor(index);
  const head = { path: doc.path, encoding: doc.encoding, script: doc.script };
  await out.write(`${firstFile ? '{\n  "files": [\n' : ',\n'}    ${JSON.stringify(head).slice(0, -1)}, "variants": [`);
  let variants = 0;
  let pendingSentences: string[] = [];
  const closeVariant = async () => {
    await out.write(`\n      ], "sentences": [${pendingSentences.length > 0 ? '\n        ' + pendingSentences.join(',\n        ') + '\n      ' : ''}]}`);
    pendingSentences = [];
  };
  let tokenCount = 0;
  for (const { id, label, block, first } of variantBlocks(doc)) {
    if (first) {
      if (variants > 0) await closeVariant();
      await out.write(`${variants++ > 0 ? ',' : ''}\n      {"id": ${JSON.stringify(id)}, "label": ${JSON.stringify(label)}, "tokens": [`);
      tokenCount = 0;
    }
    const { tokens, sentences } = segment(doc, block, options);
    for (const t of tokens) await out.write(`${tokenCount++ > 0 ? ',' : ''}\n        ${tokenJson(doc, cursor, t)}`);
    // Sentences are kept until the variant's tokens are written; they are few next to the tokens.
    for (const s of sentences) pendingSentences.push(sentenceJson(doc, sentenceCursor, s));
  }
  if (variants > 0) await closeVariant();
  await out.write('\n    ]}');
}

function tokenJson(doc: Document, cursor: LineCursor, t: Token): string {
  const { line, column } = cursor.position(t.span.start);
  return JSON.stringify({ text: doc.text.slice(t.span.start, t.span.end), start: t.span.start, end: t.span.end, line, column, tag: t.tag });
}

function sentenceJson(doc: Document, cursor: LineCursor, s: Sentence): string {
  const { line, column } = cursor.position(s.span.start);
  return JSON.stringify({ text: doc.text.slice(s.span.start, s.span.end), start: s.span.start, end: s.span.end, line, column });
}
