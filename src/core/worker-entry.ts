import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface WorkerEntry {
  /** What `new Worker` runs: the module's URL, or (from the sources) a bootstrap to evaluate. */
  script: URL | string;
  eval: boolean;
  /** The worker module itself. */
  url: URL;
}

/**
 * How to start the worker module `name` that sits next to the module at `metaUrl` (its
 * import.meta.url): `<name>.js` when running from dist/. When running from the TypeScript sources
 * (vitest, tsx), a worker does not inherit the parent's loader (Node 20 ignores `--import tsx` in a
 * worker's execArgv), so a tiny bootstrap registers tsx inside the worker first and then imports
 * `<name>.ts`.
 */
export function workerEntry(metaUrl: string, name: string): WorkerEntry {
  const fromSource = metaUrl.endsWith('.ts');
  const url = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, metaUrl);
  if (!fromSource) return { script: url, eval: false, url };
  const script = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return { script, eval: true, url };
}

/** The ESM build of tsx's API (require.resolve would give the CommonJS one, which cannot register ESM hooks here). */
function tsxEsmApi(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = pkg.exports['./esm/api'];
  const file = typeof entry === 'object' ? entry.import?.default : undefined;
  if (file === undefined) throw new Error('tsx does not export ./esm/api: cannot run workers from the sources');
  return new URL(file, pathToFileURL(pkgPath)).href;
}
