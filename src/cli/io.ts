import type { Writable } from 'node:stream';
import { langFromEnv, type Lang } from '../messages/index.js';

/**
 * Where a command writes. Commands never touch process.stdout directly, so tests can capture
 * output in-process and the library stays silent.
 */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  /** Raises the process exit code (never lowers it): 1 = some input failed, 2 = usage. */
  fail(code: ExitCode): void;
  /** The exit code so far. */
  readonly exitCode: ExitCode;
  /** The language of every sentence shown to the user (`--lang`, else the locale). */
  lang: Lang;
}

/** Documented exit codes (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** At least one input could not be processed; the others were. */
  inputFailed: 1,
  /** Bad command line: unknown option, bad value, missing argument. */
  usage: 2,
  /** A bug: an unexpected exception (reported with a stack trace only under PLANKIT_DEBUG=1). */
  internal: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function createIO(stdout: CliIO['stdout'], stderr: CliIO['stderr'], lang: Lang = langFromEnv(process.env)): CliIO {
  let code: ExitCode = EXIT.ok;
  return {
    stdout,
    stderr,
    lang,
    fail(c: ExitCode) {
      if (c > code) code = c;
    },
    get exitCode() {
      return code;
    },
  };
}

/** Writes one line to stderr prefixed with "plankit: " — the only shape of a user-facing error. */
export function reportError(io: CliIO, line: string): void {
  io.stderr.write(`plankit: ${line}\n`);
}
