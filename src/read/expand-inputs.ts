import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { errnoOf, inputError, type PlankitError } from '../core/errors.js';
import { STDIN_PATH } from './read-input.js';

/** Extensions of plan files found when a directory is given (.jsonl/.ndjson: one document per line). */
export const DEFAULT_PLAN_EXTENSIONS: readonly string[] = ['.txt', '.text', '.html', '.htm', '.md', '.markdown', '.docx', '.jsonl', '.ndjson'];

/**
 * A folder's own documentation, not one of its pages: Markdown named in capitals by convention
 * (README.md, CHANGELOG.md, NOTES.md, MANIFEST-TW-NOTES.md). Pages are named in lower case, digits
 * or Chinese (2024-plan.md, 工作计划.md).
 */
const FOLDER_DOC = /^(?=[^a-z]*[A-Z])[A-Z0-9_-]+\.(?:md|markdown)$/;

/**
 * Names skipped in directories: hidden entries (.git …), the owner files Word leaves beside a
 * document while it is open (~$计划.docx: a few bytes, not a document), and the folder's Markdown
 * documentation. Named on the command line, any of them is read.
 */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || FOLDER_DOC.test(name);
}

export interface ExpandOptions {
  /** Extensions (with or without the dot, any case) taken from directories. */
  extensions?: string[];
}

export interface ExpandedInputs {
  files: string[];
  problems: PlankitError[];
}

/** Code-unit order, not locale order: the same on every machine. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Plan files under a directory, recursively; hidden entries, Word owner files and Markdown docs (README.md) skipped, symlinked dirs not followed. */
async function walk(dir: string, extensions: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const entries = await readdir(current, { withFileTypes: true });
    for (const e of entries) {
      if (skipped(e.name)) continue;
      const p = join(current, e.name);
      if (e.isDirectory()) pending.push(p);
      else if ((e.isFile() || e.isSymbolicLink()) && extensions.has(extname(e.name).toLowerCase())) out.push(p);
    }
  }
  return out.sort(byPath);
}

async function kindOf(path: string): Promise<'file' | 'dir' | 'missing'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * Command-line inputs → files: files as given, directories searched recursively for plan files
 * (by extension), glob patterns (tinyglobby; every matching file, whatever its extension, since the
 * user wrote the pattern), "-" for stdin. Each argument's files are sorted; arguments keep their
 * order; a file reached twice is listed once. A missing path, a glob matching nothing or a directory
 * without plan files is a problem naming it, and the other arguments are still expanded.
 */
export async function expandInputs(args: string[], options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const extensions = new Set((options.extensions ?? DEFAULT_PLAN_EXTENSIONS).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()));
  const files: string[] = [];
  const problems: PlankitError[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    const key = p === STDIN_PATH ? p : resolve(p);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(p);
  };

  for (const arg of args) {
    if (arg === STDIN_PATH) {
      add(arg);
      continue;
    }
    const kind = await kindOf(arg);
    if (kind === 'file') {
      add(arg);
    } else if (kind === 'dir') {
      let found: string[];
      try {
        found = await walk(arg, extensions);
      } catch (e) {
        problems.push(inputError('list-folder-failed', arg, { errno: errnoOf(e) ?? 'unknown' }));
        continue;
      }
      if (found.length === 0) problems.push(inputError('no-plan-files', arg, { extensions: [...extensions] }));
      found.forEach(add);
    } else if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, absolute: isAbsolute(arg), expandDirectories: false })).sort(byPath);
      if (matches.length === 0) problems.push(inputError('no-match', arg, {}));
      matches.forEach(add);
    } else {
      problems.push(inputError('not-found', arg, {}));
    }
  }
  return { files, problems };
}
