/**
 * The markup of the fill-in page, built from the template before any script runs: the plan text
 * with an input in each blank, the field list, the optional passages and the buttons. Every piece
 * of template text goes through escapeHtml: a template is untrusted text, and `<script>` in it
 * shows as `<script>`. The page script (browser/main.ts) only adds behaviour and switches language.
 */
import type { SlotType } from '../../core/template.js';
import type { FormTexts } from '../../messages/export-texts.js';
import { templatePieces, type ExportField, type ExportTemplate } from '../model.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** How a blank's input is set up for each type: the keyboard phones show, and its width in characters. */
const INPUT_SHAPE: Readonly<Record<SlotType, { inputmode: string; size: number }>> = {
  count: { inputmode: 'numeric', size: 6 },
  ordinal: { inputmode: 'numeric', size: 4 },
  amount: { inputmode: 'decimal', size: 8 },
  percent: { inputmode: 'decimal', size: 5 },
  year: { inputmode: 'numeric', size: 5 },
  date: { inputmode: 'text', size: 7 },
  time: { inputmode: 'text', size: 8 },
  docno: { inputmode: 'text', size: 12 },
  org: { inputmode: 'text', size: 14 },
  redacted: { inputmode: 'text', size: 8 },
  text: { inputmode: 'text', size: 16 },
};

function inputAttributes(field: ExportField, index: number): string {
  const shape = INPUT_SHAPE[field.type];
  const placeholder = field.example.length > 0 ? field.example : '';
  return [
    'type="text"',
    `data-key="${escapeHtml(field.key)}"`,
    `data-index="${index}"`,
    `data-type="${field.type}"`,
    `inputmode="${shape.inputmode}"`,
    `size="${shape.size}"`,
    'autocomplete="off"',
    'spellcheck="false"',
    `placeholder="${escapeHtml(placeholder)}"`,
  ].join(' ');
}

/** The plan text, one <p> per non-blank line, an input in each blank, optional passages marked. */
export function planMarkup(t: ExportTemplate, texts: FormTexts): string {
  const indexOf = new Map(t.fields.map((f, i) => [f.key, i]));
  const paragraphs: string[] = [];
  let current: string[] = [];
  let visible = false;
  const open: string[] = [];
  // A block's check box goes before its first visible content (blocks start with line breaks).
  const pending: string[] = [];
  const flushPending = (): void => {
    for (const id of pending.splice(0)) {
      current.push(`<label class="keep"><input type="checkbox" data-block="${escapeHtml(id)}" checked><span data-t="keep">${escapeHtml(texts.keep)}</span></label>`);
    }
  };
  const blockAttr = (): string => (open.length > 0 ? ` data-blocks="${escapeHtml(open.join(' '))}"` : '');
  const close = (): void => {
    // The paragraph carries no block: its pieces do (a block may start or end inside it).
    if (visible) paragraphs.push(`<p>${current.join('')}</p>`);
    current = [];
    visible = false;
  };
  for (const piece of templatePieces(t)) {
    if ('text' in piece) {
      const lines = piece.text.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (i > 0) close();
        if (line.length === 0) return;
        if (line.trim().length > 0) flushPending();
        current.push(`<span${blockAttr()}>${escapeHtml(line)}</span>`);
        if (line.trim().length > 0) visible = true;
      });
    } else if ('field' in piece) {
      const i = indexOf.get(piece.field.key) ?? 0;
      flushPending();
      current.push(`<input class="blank"${blockAttr()} ${inputAttributes(piece.field, i)} aria-label="${escapeHtml(piece.field.label)}" title="${escapeHtml(piece.field.label)}">`);
      visible = true;
    } else if ('blockStart' in piece) {
      open.push(piece.blockStart.id);
      pending.push(piece.blockStart.id);
    } else open.pop();
  }
  close();
  return paragraphs.join('\n');
}

/** The field list: a label, an input, the type's help and an example per field. */
export function fieldsMarkup(t: ExportTemplate, texts: FormTexts, typeHelp: Readonly<Record<SlotType, string>>): string {
  return t.fields
    .map((f, i) => {
      const example = f.example.length > 0 ? ` <span data-t="example">${escapeHtml(texts.example)}</span><span data-t="colon">${escapeHtml(texts.colon)}</span><code>${escapeHtml(f.example)}</code>` : '';
      const unit = f.unit.length > 0 ? `<span class="unit">${escapeHtml(f.unit)}</span>` : '';
      const blocks = f.block === null ? '' : ` data-blocks="${escapeHtml(f.block)}"`;
      return [
        `<li class="field"${blocks}>`,
        `<label for="field-${i}">${escapeHtml(f.label)}</label>`,
        `<span class="entry"><input id="field-${i}" ${inputAttributes(f, i)} aria-describedby="help-${i} error-${i}">${unit}</span>`,
        `<p class="help" id="help-${i}"><span data-help-type="${f.type}">${escapeHtml(typeHelp[f.type])}</span>${example}</p>`,
        `<p class="error" id="error-${i}" role="alert"></p>`,
        '</li>',
      ].join('');
    })
    .join('\n');
}

/** The optional passages as check boxes. */
export function blocksMarkup(t: ExportTemplate): string {
  return t.blocks
    .map((b) => `<li><label><input type="checkbox" data-block="${escapeHtml(b.id)}" checked> ${escapeHtml(b.label)}</label></li>`)
    .join('\n');
}
