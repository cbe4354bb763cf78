import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress } from '../../src/batch/index.js';

describe('progress line', () => {
  it('shows bar, count, rates over analysed files, ETA and failures', () => {
    const state = { done: 250, total: 1000, analyzed: 200, bytes: 4e6, failed: 3, skipped: 50, elapsedMs: 10_000 };
    expect(formatProgress(state, 100, 'en')).toBe('[######..................] 250/1000 25% · 20.0 docs/s · 0.40 MB/s · ETA 38s · 50 skipped · 3 failed');
    expect(formatProgress(state, 100, 'zh')).toBe('[######..................] 250/1000 25% · 每秒 20.0 篇 · 0.40 MB/s · 剩余约 38s · 跳过 50 · 失败 3');
  });

  it('without a total: a count, no bar and no ETA', () => {
    expect(formatProgress({ done: 7, analyzed: 7, bytes: 0, failed: 0, skipped: 0, elapsedMs: 0 }, 100, 'en')).toBe('7 files · 0.0 docs/s · 0.00 MB/s');
  });

  it('is cut to the terminal width', () => {
    const line = formatProgress({ done: 1, total: 2, analyzed: 1, bytes: 1, failed: 0, skipped: 0, elapsedMs: 1000 }, 20, 'en');
    expect(line).toHaveLength(20);
    expect(line.endsWith('…')).toBe(true);
    // Chinese characters take two columns each: the cut counts columns, not characters.
    const zh = formatProgress({ done: 7, analyzed: 7, bytes: 0, failed: 0, skipped: 0, elapsedMs: 0 }, 12, 'zh');
    expect(zh).toBe('7 个文件 · …');
  });

  it('formats durations', () => {
    expect([formatDuration(0), formatDuration(59_400), formatDuration(61_000), formatDuration(3_725_000)]).toEqual(['0s', '59s', '1m01s', '1h02m']);
  });
});
