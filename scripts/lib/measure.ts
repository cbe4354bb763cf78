/**
 * Runs a command as a child process and measures it the way a user would see it: wall time and the
 * peak resident memory of the whole process (its worker threads included), read by GNU time.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak RSS in MB (2^20 bytes), or null when GNU time is not installed. */
  peakRssMb: number | null;
  /** The machine's 1-minute load average when the command ended (others' work slows it). */
  load: number;
}

const TIME = '/usr/bin/time';

export function measure(command: string, args: string[], options: { cwd?: string; stdoutTo?: 'keep' | 'drop' } = {}): Promise<Measured> {
  const timed = existsSync(TIME);
  const [cmd, argv] = timed ? [TIME, ['-f', '__RSS_KB__ %M', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      if (options.stdoutTo !== 'drop') stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const m = /__RSS_KB__ (\d+)\s*$/.exec(stderr);
      if (m !== null) stderr = stderr.slice(0, m.index);
      resolve({ code, stdout, stderr, seconds, peakRssMb: m === null ? null : Math.round(Number(m[1]) / 1024), load: Math.round((loadavg()[0] ?? 0) * 10) / 10 });
    });
  });
}
