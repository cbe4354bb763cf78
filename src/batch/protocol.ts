import { isErrorCode, isPlankitError, type ErrorData } from '../core/errors.js';
import { batchFailure, errorFailure, type FileFailure } from './record.js';
import type { FeatureOptions } from './unit-features.js';
import type { WireRecord } from './wire.js';

/** workerData of a batch worker. */
export interface WorkerData {
  /** URL (file:) of the module whose `analyzeFile` export the worker runs. */
  analyzer: string;
  /** Passed as the third argument of every analyzeFile call. */
  options: unknown;
  /** URL of the module whose `buildFamilyTemplate` export runs template tasks (loaded on the first one). */
  templater: string;
  /** Dedup settings of the per-variant features the worker adds to every record; null: none. */
  features: FeatureOptions | null;
}

/**
 * Main → worker: analyse these bytes (the ArrayBuffer is transferred, not copied), or build the
 * template of a family from its members' stored texts.
 */
export type TaskMessage =
  | { kind: 'file'; seq: number; path: string; bytes: ArrayBuffer; extra?: Record<string, unknown> }
  | { kind: 'template'; seq: number; input: unknown };

/** Worker → main (a record in its wire form: wire.ts). */
export type ResultMessage =
  | { type: 'ready' }
  | { type: 'result'; seq: number; record: WireRecord }
  /** The template's JSON text, stringified in the worker: a string crosses threads as one copy, an object graph is cloned node by node. */
  | { type: 'result'; seq: number; template: string }
  | { type: 'result'; seq: number; failure: FileFailure };

/**
 * A thrown value as a stored failure: a PlankitError keeps its kind (empty, binary, undecodable,
 * too-large …); anything else is a bug in an analysis stage, recorded as `internal` with its message
 * so the run goes on and the database says which file triggered it.
 */
export function failureOf(e: unknown): FileFailure {
  if (isPlankitError(e)) return errorFailure(e);
  if (typeof e === 'object' && e !== null && 'name' in e && e.name === 'PlankitError' && 'kind' in e && 'message' in e) {
    // A PlankitError from another copy of core/ (the analyzer module may be loaded from src/ or dist/).
    const failure: FileFailure = { kind: String(e.kind), message: String(e.message) };
    if ('code' in e && typeof e.code === 'string' && isErrorCode(e.code) && 'args' in e) failure.error = { code: e.code, args: e.args } as ErrorData;
    return failure;
  }
  const detail = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
  return batchFailure({ code: 'internal', args: { detail } });
}
