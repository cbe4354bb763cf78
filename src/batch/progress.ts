import { displayWidth } from '../core/display-width.js';
import { reportTexts, type Lang } from '../messages/index.js';

/** What a progress line shows. */
export interface ProgressState {
  /** Files finished (stored, failed or skipped). */
  done: number;
  /** Files in the run, when known. */
  total?: number;
  /** Files analysed this run (not skipped) and their bytes: the rate counts only real work. */
  analyzed: number;
  bytes: number;
  failed: number;
  skipped: number;
  elapsedMs: number;
}

/** Bar cells between [ ]; the line is cut to the terminal width anyway. */
const BAR_CELLS = 24;

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/**
 * One progress line: bar, count, rate (documents/s and MB/s over the files actually analysed), ETA,
 * failures. ETA assumes the remaining files need analysing (a resumed run may finish sooner).
 */
export function formatProgress(s: ProgressState, width = 100, lang: Lang = 'zh'): string {
  const t = reportTexts(lang).progress;
  const secs = s.elapsedMs / 1000;
  const docsPerSec = secs > 0 ? s.analyzed / secs : 0;
  const mbPerSec = secs > 0 ? s.bytes / 1e6 / secs : 0;
  const parts: string[] = [];
  if (s.total !== undefined && s.total > 0) {
    const share = Math.min(1, s.done / s.total);
    const full = Math.round(share * BAR_CELLS);
    parts.push(`[${'#'.repeat(full)}${'.'.repeat(BAR_CELLS - full)}] ${s.done}/${s.total} ${Math.floor(share * 100)}%`);
  } else {
    parts.push(t.files(s.done));
  }
  parts.push(t.docsPerSecond(docsPerSec.toFixed(1)), `${mbPerSec.toFixed(2)} MB/s`);
  if (s.total !== undefined && docsPerSec > 0 && s.done < s.total) parts.push(t.eta(formatDuration(((s.total - s.done) / docsPerSec) * 1000)));
  if (s.skipped > 0) parts.push(t.skipped(s.skipped));
  if (s.failed > 0) parts.push(t.failed(s.failed));
  return clip(parts.join(' · '), width);
}

/** The line cut with … to fit `width` terminal columns. */
function clip(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  let out = '';
  for (const ch of line) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}
