// Bundles the fill-in page's script (src/export/form/browser/main.ts) with everything it uses —
// the template stage's filling and validation, the outline stage, the Word writer, YAML — into
// dist/browser/form-page.js, which `plankit form` inlines into each page. Run by `npm run build`
// and before the tests.
//
// opencc-js: the page folds Traditional text to Simplified for the outline stage only, so it gets
// the Traditional → Simplified dictionaries (≈100 kB) instead of both directions (≈1.2 MB); the
// page never converts Simplified → Traditional (`plankit fill --to` is the CLI's).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FORM_SCRIPT = resolve(root, 'dist/browser/form-page.js');

const openccOneWay = {
  name: 'opencc-one-way',
  setup(b) {
    b.onResolve({ filter: /^opencc-js$/ }, () => ({ path: resolve(root, 'scripts/lib/opencc-t2cn-only.js') }));
    b.onResolve({ filter: /^opencc-js\/preset$/ }, (a) => b.resolve('opencc-js/preset/t2cn', { resolveDir: a.resolveDir, kind: a.kind }));
  },
};

export async function buildFormScript() {
  mkdirSync(dirname(FORM_SCRIPT), { recursive: true });
  await build({
    entryPoints: [resolve(root, 'src/export/form/browser/main.ts')],
    outfile: FORM_SCRIPT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [openccOneWay],
  });
  return FORM_SCRIPT;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildFormScript();
