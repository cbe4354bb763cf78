import type { Diagnostic } from '../../core/diagnostics.js';
import type { InputFormat } from '../../core/document.js';

export interface DetectionInput {
  path: string;
  bytes: Uint8Array;
  format: InputFormat;
  /** Canonical --encoding override, if any. */
  override: string | undefined;
  /** Offset of the first NUL byte, or -1 (computed once: several rules ask). */
  firstNul: number;
}

export interface Detection {
  /** Canonical encoding name. */
  encoding: string;
  /** True for a BOM, a declaration or --encoding; false for any inference. */
  certain: boolean;
  /** The whole decoded text, when the rule had to produce it anyway (saves a second decode). */
  text?: string;
  diagnostics?: Diagnostic[];
}

/**
 * One way of finding the encoding. Rules run in the order of ENCODING_RULES; the first one that
 * returns a Detection wins. A rule may push notes (diagnostics about what it rejected) and may throw
 * a PlankitError when the bytes cannot be text at all.
 */
export interface EncodingRule {
  name: string;
  detect(input: DetectionInput, notes: Diagnostic[]): Detection | null;
}
