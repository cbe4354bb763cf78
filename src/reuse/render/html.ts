import { reusePageTexts, type Lang, type ReusePageTexts } from '../../messages/index.js';
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

function shown(total: number, t: ReusePageTexts): string {
  return total > HTML_MAX_ROWS ? `<p class="note">${e(t.shown(HTML_MAX_ROWS, total))}</p>` : '';
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
 * under their exact totals. Headings, notes and column names in `lang` (default Chinese); the data
 * as it is.
 */
export async function renderHtml(view: ReuseView, options: { title?: string; lang?: Lang } = {}): Promise<string> {
  const t = reusePageTexts(options.lang ?? 'zh');
  const title = options.title ?? t.title;
  const s = view.summary;
  const cards: Array<[string, string]> = [
    [t.cards.documents, String(s.documents)],
    [t.cards.boilerplate, pct(s.boilerplate)],
    [t.cards.median, pct(s.medianBoilerplate)],
    [t.cards.sentences, String(s.recurringSentences)],
    [t.cards.paragraphs, String(s.recurringParagraphs)],
    [t.cards.families(view.options.minFamilySize), String(s.reportedFamilies)],
    [t.cards.largest, String(s.largestFamily)],
  ];
  const passages = (await firstRows(view.passages(false), HTML_MAX_ROWS)).map((p) => [
    e(t.passageKind[p.kind]),
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
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p class="note">${e(t.intro(view.options.minDocuments, view.options.minPassageChars))}</p>
<div class="cards">
${cards.map(([k, v]) => `<div class="card"><b>${e(v)}</b>${e(k)}</div>`).join('\n')}
</div>

<h2>${e(t.ratioHeading)}</h2>
<figure>${barChart(ratioHistogram(view.ratioBins), t.ratioChart.caption, t.ratioChart.x, t.ratioChart.y)}</figure>

<h2>${e(t.sizesHeading)}</h2>
<figure>${barChart(sizeBars, t.sizesChart.caption, t.sizesChart.x, t.sizesChart.y)}</figure>

<h2>${e(t.passagesHeading)}</h2>
${shown(s.recurringSentences + s.recurringParagraphs, t)}
${table(t.passageColumns, passages, new Set([1, 2, 3]))}

<h2>${e(t.documentsHeading)}</h2>
${shown(s.documents, t)}
${table(t.documentColumns, docs, new Set([1, 2, 3]))}

<h2>${e(t.familiesHeading)}</h2>
<p class="note">${e(t.familiesNote)}</p>
${shown(view.families.length, t)}
${table(t.familyColumns, families, new Set([1, 2]))}
</body>
</html>
`;
}
