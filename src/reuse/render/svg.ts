import { escapeHtml } from './escape.js';

export interface Bar {
  label: string;
  value: number;
}

/** Chart geometry (pixels). */
const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 12, bottom: 44, left: 52 };
const TICKS = 4;

/**
 * A vertical bar chart as inline SVG (no script, no external assets): one bar per entry, value axis
 * with TICKS gridlines, labels under the bars (every nth when crowded), value in a <title> tooltip.
 */
export function barChart(bars: readonly Bar[], caption: string, xLabel: string, yLabel: string): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = niceStep(Math.max(1, ...bars.map((b) => b.value)) / TICKS);
  const max = step * TICKS;
  const slot = bars.length === 0 ? plotW : plotW / bars.length;
  const labelEvery = Math.max(1, Math.ceil(bars.length / 12));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(caption)}">`,
  ];
  for (let t = 0; t <= TICKS; t++) {
    const v = (max * t) / TICKS;
    const y = MARGIN.top + plotH - (plotH * t) / TICKS;
    out.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${fx(y)}" y2="${fx(y)}" stroke="#ddd"/>`);
    out.push(`<text x="${MARGIN.left - 6}" y="${fx(y + 4)}" text-anchor="end" font-size="11">${tick(v)}</text>`);
  }
  bars.forEach((b, i) => {
    const h = (plotH * b.value) / max;
    const x = MARGIN.left + i * slot;
    out.push(
      `<rect x="${fx(x + slot * 0.1)}" y="${fx(MARGIN.top + plotH - h)}" width="${fx(slot * 0.8)}" height="${fx(h)}" fill="#4a7ab5"><title>${escapeHtml(b.label)}: ${b.value}</title></rect>`,
    );
    if (i % labelEvery === 0) {
      out.push(`<text x="${fx(x + slot / 2)}" y="${MARGIN.top + plotH + 14}" text-anchor="middle" font-size="11">${escapeHtml(b.label)}</text>`);
    }
  });
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 6}" text-anchor="middle" font-size="12">${escapeHtml(xLabel)}</text>`);
  out.push(`<text transform="translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle" font-size="12">${escapeHtml(yLabel)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}

/** The smallest of 1, 2, 5 × 10^k at or above `raw`, so axis ticks are round numbers (integers for counts). */
export function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const m of [1, 2, 5, 10]) if (m * magnitude >= raw) return m * magnitude;
  return 10 * magnitude;
}

function fx(n: number): string {
  return n.toFixed(1);
}

function tick(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
