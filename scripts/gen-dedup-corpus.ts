/**
 * Generates a synthetic dedup corpus with known families (scripts/lib/dedup-corpus.ts): original
 * plans and copies made by paragraph drops, reorders, truncation, character edits, placeholder and
 * number swaps, and recuts. Deterministic for a given seed.
 *
 *   npx tsx scripts/gen-dedup-corpus.ts --units 10000 [--seed 42] [--chars 680] --out corpus.jsonl
 *   npx tsx scripts/gen-dedup-corpus.ts --units 1000 --format txt --out /tmp/dedup-corpus
 *
 * jsonl: one unit a line, { id, family, ops, text }. txt: one file a unit (<id>.txt: a title line,
 * a blank line, the plan), so `plankit dedup <dir>` runs on it, and families.json mapping each
 * file name to its family.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DEFAULTS, generateCorpus, type CorpusOptions } from './lib/dedup-corpus.js';

interface Args extends CorpusOptions {
  out: string | null;
  format: 'jsonl' | 'txt';
}

function parseArgs(argv: string[]): Args {
  const a: Args = { ...CORPUS_DEFAULTS, out: null, format: 'jsonl' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--units' || flag === '--seed' || flag === '--chars' || flag === '--max-family') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number (got ${value})`);
      if (flag === '--units') a.units = n;
      else if (flag === '--seed') a.seed = n;
      else if (flag === '--chars') a.chars = n;
      else a.maxFamily = n;
    } else if (flag === '--singletons') a.singletonShare = Number(value);
    else if (flag === '--out') a.out = value;
    else if (flag === '--format') {
      if (value !== 'jsonl' && value !== 'txt') throw new Error('--format must be jsonl or txt');
      a.format = value;
    } else throw new Error(`unknown option ${flag}`);
  }
  return a;
}

export async function main(argv: string[]): Promise<void> {
  const a = parseArgs(argv);
  const units = generateCorpus(a);
  if (a.format === 'txt') {
    if (a.out === null) throw new Error('--format txt needs --out <directory>');
    mkdirSync(a.out, { recursive: true });
    const families: Record<string, string> = {};
    for (const u of units) {
      writeFileSync(join(a.out, `${u.id}.txt`), `年度工作计划\n\n${u.text}\n`);
      families[`${u.id}.txt`] = u.family;
    }
    writeFileSync(join(a.out, 'families.json'), JSON.stringify(families, null, 1) + '\n');
    return;
  }
  const out = a.out === null ? process.stdout : createWriteStream(a.out);
  for (const u of units) if (!out.write(JSON.stringify(u) + '\n')) await once(out, 'drain');
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(`gen-dedup-corpus: ${e.message}`);
    process.exit(2);
  });
}
