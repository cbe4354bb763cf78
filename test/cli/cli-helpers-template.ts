import { Writable } from 'node:stream';
import { main } from '../../src/cli/index.js';
import { createIO } from '../../src/cli/io.js';

function capture(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

/** Runs the CLI in-process and returns its exit code and output. */
export async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = capture();
  const err = capture();
  const code = await main(['node', 'plankit', ...args], createIO(out, err));
  return { code, out: out.text(), err: err.text() };
}
