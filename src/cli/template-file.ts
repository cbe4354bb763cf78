import { inputError, isPlankitError } from '../core/errors.js';
import type { Template } from '../core/template.js';
import { readTemplates } from '../report/template.js';
import { checkTemplate, FillError } from '../template/index.js';

/**
 * Reads the templates of a `plankit template --format json` file (or a single template object) and
 * checks they are templates plankit can fill: the JSON shape (report/template) and the content —
 * every part text, a slot the template defines or an optional block, every slot of a known type and
 * in its field (checkTemplate). A file that is not is an error naming the file and what is wrong
 * (exit 1), never a crash while filling.
 */

/** 1-based line and column of a JSON.parse error, when the engine says where it is. */
function syntaxPlace(e: unknown, text: string): { line?: number; column?: number } {
  const at = e instanceof SyntaxError ? /position (\d+)/.exec(e.message)?.[1] : undefined;
  if (at === undefined) return {};
  const before = text.slice(0, Number(at));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

export function parseTemplates(text: string, path: string): Template[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw inputError('template-syntax', path, syntaxPlace(e, text));
  }
  let templates: Template[];
  try {
    templates = readTemplates(raw);
  } catch (e) {
    throw isPlankitError(e) && e.path === undefined ? e.at(path) : e;
  }
  for (const t of templates) {
    const problems = checkTemplate(t);
    if (problems.length > 0) throw new FillError(problems, path);
  }
  return templates;
}
