import type { InputFormat } from '../../core/document.js';
import { inputError } from '../../core/errors.js';
import { readError } from '../reasons.js';

const NON_BLANK = /\S/;

/** A file with no visible text (JS \s covers full-width spaces and NBSP too) is unusable input. */
export function assertHasText(path: string, text: string, format: InputFormat): void {
  if (NON_BLANK.test(text)) return;
  if (format === 'html') throw inputError('empty-html', path, {});
  if (format === 'markdown') throw readError('markdown-empty', path, {});
  if (format === 'docx') throw readError('docx-empty', path, {});
  throw inputError(text.length === 0 ? 'empty-file' : 'whitespace-only', path, {});
}
