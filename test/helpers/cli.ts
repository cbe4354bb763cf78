import { Writable } from 'node:stream';
import { main } from '../../src/cli/index.js';
import { createIO } from '../../src/cli/io.js';
import type { Lang } from '../../src/messages/index.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** A writable stream that keeps what is written (optionally pretending to be a TTY). */
export function captureStream(isTTY = false): Writable & { text: () => string; isTTY?: boolean } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as Writable & { text: () => string; isTTY?: boolean };
  w.text = () => chunks.join('');
  if (isTTY) w.isTTY = true;
  return w;
}

/** Runs `plankit …args` in-process and returns the exit code and what it printed. */
export async function runCli(...args: string[]): Promise<CliRun> {
  return runCliWith(args);
}

/** runCli with options: `tty` makes stdout claim to be a terminal (colours, progress). */
export async function runCliWith(args: string[], options: { tty?: boolean; lang?: Lang } = {}): Promise<CliRun> {
  const out = captureStream(options.tty === true);
  const err = captureStream();
  const code = await main(['node', 'plankit', ...args], createIO(out, err, options.lang ?? 'en'));
  return { code, out: out.text(), err: err.text() };
}
