import { Command, CommanderError } from 'commander';
import { isPlankitError } from '../core/errors.js';
import { COMMANDS } from './commands/index.js';
import { addJsonlOptions } from './inputs.js';
import { createIO, EXIT, reportError, type CliIO } from './io.js';
import { UsageProblem } from './output.js';

export const VERSION = '0.1.0';

/** Commands that read plan text, and so JSON Lines corpora too (--id-field, --text-field). */
export const TEXT_COMMANDS: readonly string[] = ['run', 'split', 'segment', 'outline', 'dedup', 'diff', 'slots', 'template', 'batch', 'reuse'];

export function buildProgram(io: CliIO): Command {
  const program = new Command('plankit')
    .description('Read, outline, deduplicate and templatise Chinese plan documents (工作计划 范文 pages).')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  for (const register of COMMANDS) register(program, io);
  for (const cmd of program.commands) if (TEXT_COMMANDS.includes(cmd.name())) addJsonlOptions(cmd);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/**
 * Runs the CLI and resolves to the exit code; never calls process.exit, so it can be tested
 * in-process. User errors are one line on stderr, never a stack trace.
 */
export async function main(argv: string[], io: CliIO = createIO(process.stdout, process.stderr)): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      if (e.exitCode !== 0) io.fail(EXIT.usage);
    } else if (e instanceof UsageProblem) {
      reportError(io, e.message);
      io.fail(EXIT.usage);
    } else if (isPlankitError(e)) {
      reportError(io, e.toLine());
      io.fail(e.kind === 'usage' ? EXIT.usage : EXIT.inputFailed);
    } else {
      const err = e as Error;
      reportError(io, `internal error: ${err?.message ?? String(e)} (set PLANKIT_DEBUG=1 for details)`);
      if (process.env.PLANKIT_DEBUG) io.stderr.write(`${err?.stack ?? ''}\n`);
      io.fail(EXIT.internal);
    }
  }
  return io.exitCode;
}
