import { createHash } from 'node:crypto';
import { exportTexts, type Lang } from '../../messages/index.js';
import type { ExportTemplate, TitledTemplate } from '../model.js';
import { blocksMarkup, escapeHtml, fieldsMarkup, planMarkup } from './markup.js';
import { FORM_CSS } from './style.js';

/** What the page script reads from the page: the template (the same JSON `plankit fill` reads) and its title. */
export interface FormPageData {
  template: TitledTemplate;
  title: string | null;
  lang: Lang;
}

export const DATA_ELEMENT_ID = 'plankit-data';

/** JSON that cannot end its <script> element or break a line in old parsers. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * One self-contained HTML page (no network: the Content-Security-Policy allows only the page's
 * own inline script and style, by hash). `script` is the bundled page script (form/browser/main.ts).
 */
export function formPage(t: ExportTemplate, script: string, lang: Lang = 'zh'): string {
  const texts = exportTexts(lang);
  const f = texts.form;
  const safeScript = script.replace(/<\/(script)/gi, '<\\/$1');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(safeScript)}`,
    `style-src ${sha256(FORM_CSS)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const data: FormPageData = { template: t.title === null ? t.source : { ...t.source, title: t.title }, title: t.title, lang };
  const title = t.title === null ? '' : `<h1 class="doc-title">${escapeHtml(t.title)}</h1>\n`;
  // Listed after the fields: a family of many copies can have dozens of optional passages, and the fields are what everyone fills in.
  const blocks = t.blocks.length === 0 ? '' : `<h2 data-t="optional">${escapeHtml(f.optional)}</h2>\n<ul class="blocks">\n${blocksMarkup(t)}\n</ul>\n`;
  return `<!DOCTYPE html>
<html lang="${f.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plankit">
<title>${escapeHtml(f.title)}${t.title === null ? '' : ` — ${escapeHtml(t.title)}`}</title>
<style>${FORM_CSS}</style>
</head>
<body>
<header>
<div class="grow">
<h1><span data-t="title">${escapeHtml(f.title)}</span>${t.title === null ? '' : `<span data-t="colon">${escapeHtml(f.colon)}</span>${escapeHtml(t.title)}`}</h1>
<p data-t="intro">${escapeHtml(f.intro)}</p>
<noscript><p data-t="noscript">${escapeHtml(f.noscript)}</p></noscript>
</div>
<button type="button" id="lang-toggle" data-t="toggle">${escapeHtml(f.toggle)}</button>
</header>
<main>
<article class="plan" id="plan">
${title}${planMarkup(t, f)}
</article>
<aside>
<p id="status" role="status"></p>
<div class="buttons">
<button type="button" id="download-text" data-t="downloadText">${escapeHtml(f.downloadText)}</button>
<button type="button" id="download-docx" data-t="downloadDocx">${escapeHtml(f.downloadDocx)}</button>
<button type="button" id="download-yaml" data-t="downloadYaml">${escapeHtml(f.downloadYaml)}</button>
</div>
<h2 data-t="fields">${escapeHtml(f.fields)}</h2>
<ol class="fields" id="fields">
${fieldsMarkup(t, f, texts.typeHelp)}
</ol>
${blocks}</aside>
</main>
<script type="application/json" id="${DATA_ELEMENT_ID}">${scriptJson(data)}</script>
<script>${safeScript}</script>
</body>
</html>
`;
}
