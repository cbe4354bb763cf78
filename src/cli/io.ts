import type { Writable } from 'node:stream';
import type { PlankitError } from '../core/errors.js';
import { formatError, langFromEnv, reportTexts, type Lang } from '../messages/index.js';
import { escapeControls } from './text.js';

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

/**
 * Writes one line to stderr: "plankit: " and the text, control characters escaped (a file name with
 * a newline or an escape sequence stays on one line and inert) — the only shape of what the CLI says
 * on stderr, errors and warnings alike.
 */
export function writeNotice(io: CliIO, text: string): void {
  io.stderr.write(`plankit: ${escapeControls(text)}\n`);
}

/** The exit code an error asks for: 2 for misuse, 1 for an input, output or database problem. */
export function exitCodeOf(e: PlankitError): ExitCode {
  return e.kind === 'usage' ? EXIT.usage : EXIT.inputFailed;
}

/** An error as one line, `plankit: <path>: <reason>` in the user's language; raises the exit code. */
export function reportError(io: CliIO, e: PlankitError): void {
  const reason = formatError(e.data, io.lang);
  writeNotice(io, e.path === undefined ? reason : `${e.path}: ${reason}`);
  io.fail(exitCodeOf(e));
}

/** A warning about a file, `plankit: <path>: warning: <text>`; the exit code stays. */
export function reportWarning(io: CliIO, path: string, text: string): void {
  writeNotice(io, `${path}: ${reportTexts(io.lang).warning(text)}`);
}
