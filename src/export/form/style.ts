/** The page's own style sheet, inlined (the page loads nothing). System fonts only. */
export const FORM_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --bad: #cf222e; --bad-bg: #ffebe9; --ok: #1a7f37; --accent: #0969da; --shade: #f2f2f2; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f6f8fa; font: 16px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid var(--line); display: flex; gap: 16px; align-items: flex-start; }
header h1 { font-size: 20px; margin: 0 0 4px; }
header p { margin: 0; color: var(--muted); font-size: 14px; }
header .grow { flex: 1; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 20px; padding: 20px 24px; align-items: start; }
.plan { background: #fff; border: 1px solid var(--line); padding: 32px 40px; font-family: "FangSong", "仿宋", "Noto Serif CJK SC", serif; font-size: 17px; line-height: 2; }
.plan .doc-title { text-align: center; font-size: 24px; font-weight: bold; margin: 0 0 16px; text-indent: 0; }
.plan p { margin: 0; text-indent: 2em; }
.plan input.blank { font: inherit; font-size: 15px; border: 0; border-bottom: 1px solid var(--ink); background: #fffbe6; padding: 0 4px; margin: 0 2px; text-indent: 0; }
.plan [data-blocks] { background: var(--shade); }
.plan span.dropped { text-decoration: line-through; opacity: 0.45; }
.plan input.dropped { visibility: hidden; }
.keep { font-size: 13px; color: var(--muted); background: #eef2f6; border-radius: 4px; padding: 0 6px; margin-right: 4px; text-indent: 0; white-space: nowrap; }
aside { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; background: #fff; border: 1px solid var(--line); padding: 12px 16px; }
aside h2 { font-size: 16px; margin: 8px 0; }
ol.fields, ul.blocks { list-style: none; padding: 0; margin: 0; }
li.field { padding: 8px 0; border-bottom: 1px solid #eaeef2; }
li.field label { display: block; font-weight: 600; font-size: 14px; }
li.field .entry { display: flex; align-items: center; gap: 6px; }
li.field input { flex: 1; font: inherit; padding: 4px 6px; border: 1px solid var(--line); border-radius: 4px; }
li.field.dropped { opacity: 0.45; }
.unit { color: var(--muted); }
.help { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
.error { margin: 2px 0 0; font-size: 13px; color: var(--bad); }
.error:empty { display: none; }
input[aria-invalid="true"] { border-color: var(--bad) !important; background: var(--bad-bg) !important; }
#status { font-size: 14px; margin: 12px 0 8px; }
#status.ok { color: var(--ok); }
#status.bad { color: var(--bad); }
.buttons { display: flex; flex-direction: column; gap: 8px; margin-bottom: 8px; }
button { font: inherit; font-size: 14px; padding: 6px 12px; border: 1px solid var(--line); border-radius: 6px; background: #f6f8fa; cursor: pointer; }
.buttons button { background: var(--accent); color: #fff; border-color: var(--accent); }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } aside { position: static; max-height: none; } }
@media print { header, aside { display: none; } main { display: block; padding: 0; } .plan { border: 0; } }
`;
