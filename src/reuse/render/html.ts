import { RATIO_BINS, type PassageRow, type ReuseView } from '../view.js';
import { escapeHtml as e } from './escape.js';
import { barChart, type Bar } from './svg.js';

/**
 * Rows per table in the HTML page: the page stays small enough for a browser whatever the corpus,
 * while the counts above each table are exact and the CSV and JSON outputs carry every row.
 */
export const HTML_MAX_ROWS = 200;
/** Characters of a passage shown in a table cell before it is cut with …. */
const PASSAGE_PREVIEW = 160;

const STYLE = `
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { border: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f5f8; } td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cards { display: flex; flex-wrap: wrap; gap: 1em; } .card { border: 1px solid #ddd; border-radius: 6px; padding: .6em 1em; min-width: 9em; }
.card b { display: block; font-size: 1.4em; } .note { color: #666; font-size: .9em; } figure { margin: 1em 0; }
code { font-size: .9em; }
`;

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function preview(s: string): string {
  return s.length > PASSAGE_PREVIEW ? `${s.slice(0, PASSAGE_PREVIEW)}…` : s;
}

function table(head: string[], rows: string[][], numeric: ReadonlySet<number>): string {
  const th = head.map((h) => `<th>${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (numeric.has(i) ? `<td class="n">${c}</td>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function shown(total: number): string {
  return total > HTML_MAX_ROWS
    ? `<p class="note">The first ${HTML_MAX_ROWS} of ${total} rows (the counts above are over all ${total}); the CSV and JSON outputs have them all. 只列出前 ${HTML_MAX_ROWS} 行，共 ${total} 行；CSV 和 JSON 输出包含全部。</p>`
    : '';
}

function ratioHistogram(bins: readonly number[]): Bar[] {
  return bins.map((value, i) => ({ label: `${(i * 100) / RATIO_BINS}–${((i + 1) * 100) / RATIO_BINS}%`, value }));
}

async function firstRows(rows: AsyncIterable<PassageRow>, limit: number): Promise<PassageRow[]> {
  const out: PassageRow[] = [];
  if (limit <= 0) return out;
  for await (const r of rows) {
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, no network. Long
 * tables show their first HTML_MAX_ROWS rows (read from the view's streams, never the whole table)
 * under their exact totals.
 */
export async function renderHtml(view: ReuseView, title = 'plankit reuse report'): Promise<string> {
  const s = view.summary;
  const cards: Array<[string, string]> = [
    ['documents', String(s.documents)],
    ['corpus boilerplate', pct(s.boilerplate)],
    ['median document', pct(s.medianBoilerplate)],
    ['recurring sentences', String(s.recurringSentences)],
    ['recurring paragraphs', String(s.recurringParagraphs)],
    ['families (≥ ' + view.options.minFamilySize + ')', String(s.reportedFamilies)],
    ['largest family', String(s.largestFamily)],
  ];
  const passages = (await firstRows(view.passages(false), HTML_MAX_ROWS)).map((p) => [
    e(p.kind),
    String(p.documents),
    String(p.occurrences),
    String(p.chars),
    e(preview(p.text)),
    `${e(p.firstSeen.path)}:${p.firstSeen.line}`,
  ]);
  const docs = (await view.mostBoilerplate(HTML_MAX_ROWS)).map((d) => [e(d.path), String(d.chars), String(d.reusedChars), pct(d.boilerplate)]);
  const families = view.families.slice(0, HTML_MAX_ROWS).map((f) => [
    e(f.id),
    String(f.size),
    String(f.documents),
    e(f.canonical),
    e(f.terms.map((t) => t.term).join(' · ')),
  ]);
  const sizeBars: Bar[] = view.familySizes.map((x) => ({ label: String(x.size), value: x.families }));

  return `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p class="note">Passages are sentences and multi-sentence paragraphs compared after folding (Simplified, half-width),
with whitespace and punctuation removed and every number or placeholder counted as one symbol. A passage is reused when it occurs
in at least ${view.options.minDocuments} documents; passages shorter than ${view.options.minPassageChars} characters are not counted.
A document's boilerplate ratio is the share of its characters in sentences found in other documents.</p>
<div class="cards">
${cards.map(([k, v]) => `<div class="card"><b>${e(v)}</b>${e(k)}</div>`).join('\n')}
</div>

<h2>Boilerplate ratio per document</h2>
<figure>${barChart(ratioHistogram(view.ratioBins), 'Documents by boilerplate ratio', 'share of the document found in other documents', 'documents')}</figure>

<h2>Family sizes</h2>
<figure>${barChart(sizeBars, 'Families by size', 'variants in the family', 'families')}</figure>

<h2>Recurring passages</h2>
${shown(s.recurringSentences + s.recurringParagraphs)}
${table(['kind', 'documents', 'occurrences', 'chars', 'text (first occurrence)', 'first seen'], passages, new Set([1, 2, 3]))}

<h2>Documents, most boilerplate first</h2>
${shown(s.documents)}
${table(['document', 'chars', 'reused chars', 'boilerplate'], docs, new Set([1, 2, 3]))}

<h2>Families and their distinguishing terms</h2>
<p class="note">Terms ranked by TF-IDF of the family's members against the other families listed.</p>
${shown(view.families.length)}
${table(['family', 'size', 'documents', 'canonical member', 'distinguishing terms'], families, new Set([1, 2]))}
</body>
</html>
`;
}
