import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress } from '../../src/batch/index.js';

describe('progress line', () => {
  it('shows bar, count, rates over analysed files, ETA and failures', () => {
    const line = formatProgress({ done: 250, total: 1000, analyzed: 200, bytes: 4e6, failed: 3, skipped: 50, elapsedMs: 10_000 });
    expect(line).toBe('[######..................] 250/1000 25% · 20.0 docs/s · 0.40 MB/s · ETA 38s · 50 skipped · 3 failed');
  });

  it('without a total: a count, no bar and no ETA', () => {
    expect(formatProgress({ done: 7, analyzed: 7, bytes: 0, failed: 0, skipped: 0, elapsedMs: 0 })).toBe('7 files · 0.0 docs/s · 0.00 MB/s');
  });

  it('is cut to the terminal width', () => {
    const line = formatProgress({ done: 1, total: 2, analyzed: 1, bytes: 1, failed: 0, skipped: 0, elapsedMs: 1000 }, 20);
    expect(line).toHaveLength(20);
    expect(line.endsWith('…')).toBe(true);
  });

  it('formats durations', () => {
    expect([formatDuration(0), formatDuration(59_400), formatDuration(61_000), formatDuration(3_725_000)]).toEqual(['0s', '59s', '1m01s', '1h02m']);
  });
});
