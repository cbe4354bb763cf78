import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { Document } from '../../core/document.js';
import { LineIndex } from '../../core/lines.js';
import type { Span } from '../../core/span.js';
import type { Slot } from '../../core/template.js';
import { quoteRegions } from './context.js';
import { labelFor } from './label.js';
import { DEFAULT_SLOT_OPTIONS, type DetectContext, type RawSlot, type SlotDetector, type SlotOptions } from './types.js';

export interface SlotResult {
  slots: Slot[];
  diagnostics: Diagnostic[];
}

/** A later slot loses to an earlier one it overlaps, or whose inside it falls in (a blank in 20xx). */
function conflicts(a: Span, b: Span): boolean {
  if (a.start === a.end || b.start === b.end) {
    const [blank, other] = a.start === a.end ? [a, b] : [b, a];
    if (other.start === other.end) return blank.start === other.start;
    return blank.start > other.start && blank.start < other.end;
  }
  return a.start < b.end && b.start < a.end;
}

/** Runs the detectors in order over `body` of `doc`; slots come back in text order with labels. */
export function runDetectors(detectors: readonly SlotDetector[], doc: Document, body: Span, options: SlotOptions = {}): SlotResult {
  const opts = { ...DEFAULT_SLOT_OPTIONS, ...options };
  const ctx: DetectContext = {
    doc,
    folded: doc.folded,
    body,
    quotes: quoteRegions(doc.folded, body, opts.quoteNameMaxLength),
    all: opts.all,
    tokens: options.tokens,
  };
  const kept: RawSlot[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const detector of detectors) {
    for (const slot of detector.detect(ctx)) {
      const rival = kept.find((k) => conflicts(k.claim ?? k.span, slot.claim ?? slot.span));
      if (rival === undefined) kept.push(slot);
      else if (rival.kind !== slot.kind || rival.type !== slot.type) {
        diagnostics.push(
          diagnostic('slot-conflict', 'info', slot.span, `${detector.name} found a ${slot.type} slot inside the ${rival.type} slot of ${rival.detector}; kept the first`),
        );
      }
    }
  }
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const lines = new LineIndex(doc.text);
  const slots = kept.map((raw): Slot => {
    const line = lines.lineOf(raw.span.start);
    const lineSpan = lines.lineSpan(line, doc.text);
    const label = labelFor(raw, doc, lineSpan.start, lineSpan.end, opts.labelMaxLength, options.tokens);
    const { detector, parsed, claim: _claim, ...rest } = raw;
    return parsed === undefined ? { ...rest, label, detector } : { ...rest, label, parsed, detector };
  });
  return { slots, diagnostics };
}
