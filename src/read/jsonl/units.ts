import { open } from 'node:fs/promises';
import { readError, jsonTypeOf } from '../reasons.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { fsError } from '../read-input.js';
import type { PlankitError } from '../../core/errors.js';
import { byteLines, type RawLine } from './lines.js';

/** Where the id and the text of a unit are in each line's object. */
export interface JsonlOptions {
  /** The field holding the unit's id (default "id"); units without one are numbered by line. */
  idField?: string;
  /**
   * The field holding the text. Unset: the first of DEFAULT_TEXT_FIELDS the line has ("text", then
   * "content", then "body", the names corpora use most); set: that field only.
   */
  textField?: string;
  /** Lines longer than this many bytes are refused as too-large (default: read/'s DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

export const DEFAULT_ID_FIELD = 'id';
export const DEFAULT_TEXT_FIELDS: readonly string[] = ['text', 'content', 'body'];

/** One document of a JSON Lines file. */
export interface JsonlUnit {
  /** `<file>#<id>`: the unit's path in ids and messages. */
  path: string;
  file: string;
  id: string;
  line: number;
  text: string;
  /** Bytes of the line in the file. */
  byteLength: number;
}

/** A unit, or why a line is not one (the error's path is `<file>:<line>`). */
export type JsonlItem = { unit: JsonlUnit } | { problem: PlankitError };

const BLANK = /^[ \t\r\n]*$/;
/** V8 quotes the input in its JSON error; a long line should not flood the terminal. */
const MAX_DETAIL = 120;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function detail(e: unknown): string {
  const m = (e as Error).message;
  return m.length > MAX_DETAIL ? `${m.slice(0, MAX_DETAIL - 1)}…` : m;
}

/**
 * Reads one line into a unit. Blank lines are not units (null). The id is the id field (a string
 * or a number) or, without one, the line number; a second line with the same id is refused, since
 * the id names the unit everywhere (results, batch resume).
 */
export function parseJsonlLine(file: string, raw: RawLine, options: JsonlOptions, seen: Map<string, number>): JsonlItem | null {
  const where = `${file}:${raw.line}`;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (raw.bytes === null) return { problem: readError('jsonl-line-too-large', where, { size: raw.size, limit: maxBytes }) };
  let line: string;
  try {
    line = utf8.decode(raw.bytes);
  } catch {
    return { problem: readError('jsonl-not-utf8', where, {}) };
  }
  if (BLANK.test(line)) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { problem: readError('jsonl-not-json', where, { detail: detail(e) }) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: readError('jsonl-not-object', where, { found: jsonTypeOf(value) }) };
  }
  const obj = value as Record<string, unknown>;

  const fields = options.textField === undefined ? DEFAULT_TEXT_FIELDS : [options.textField];
  const field = fields.find((f) => Object.hasOwn(obj, f));
  if (field === undefined) return { problem: readError('jsonl-no-text', where, { fields: [...fields] }) };
  const text = obj[field];
  if (typeof text !== 'string') return { problem: readError('jsonl-text-not-string', where, { field, found: jsonTypeOf(text) }) };
  if (!/\S/.test(text)) return { problem: readError('jsonl-empty-text', where, { field }) };

  const idField = options.idField ?? DEFAULT_ID_FIELD;
  const rawId = obj[idField];
  let id: string;
  if (rawId === undefined || rawId === null) id = String(raw.line);
  else if (typeof rawId === 'string' && rawId.trim() !== '') id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else return { problem: readError('jsonl-bad-id', where, { field: idField, found: rawId === '' ? 'an empty string' : jsonTypeOf(rawId) }) };
  const first = seen.get(id);
  if (first !== undefined) return { problem: readError('jsonl-duplicate-id', where, { id, firstLine: first }) };
  seen.set(id, raw.line);

  return { unit: { path: `${file}#${id}`, file, id, line: raw.line, text, byteLength: raw.size } };
}

/**
 * The units of a JSON Lines file, streamed: one line in memory at a time, so a corpus of any size
 * is read without loading it. Each bad line is an item of its own and the next lines go on; a
 * missing or unreadable file is one problem naming the file.
 */
export async function* readJsonlUnits(file: string, options: JsonlOptions = {}): AsyncGenerator<JsonlItem> {
  let handle;
  try {
    handle = await open(file, 'r');
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (e) {
    await handle?.close();
    yield { problem: fsError(file, e) };
    return;
  }
  const stream = handle.createReadStream({ autoClose: false });
  const seen = new Map<string, number>();
  try {
    for await (const raw of byteLines(stream, options.maxBytes ?? DEFAULT_MAX_BYTES)) {
      const item = parseJsonlLine(file, raw, options, seen);
      if (item !== null) yield item;
    }
  } catch (e) {
    yield { problem: fsError(file, e) };
  } finally {
    stream.destroy();
    await handle.close();
  }
}
