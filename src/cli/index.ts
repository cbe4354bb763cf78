import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isPlankitError, usageError, type PlankitError } from '../core/errors.js';
import { formatError, helpTexts, isLang, langFromArgv, LANGS, reportTexts } from '../messages/index.js';
import { commandsFor, type RegisterCommand } from './commands/index.js';
import { configureHelp } from './help.js';
import { addJsonlOptions } from './inputs.js';
import { createIO, EXIT, reportError, writeNotice, type CliIO } from './io.js';

/** The version in package.json (one place to bump it; the package always ships package.json). */
export const VERSION = readVersion();

/** Commands that read plan text, and so JSON Lines corpora too (--id-field, --text-field). */
export const TEXT_COMMANDS: readonly string[] = ['run', 'split', 'segment', 'outline', 'dedup', 'diff', 'slots', 'template', 'batch', 'reuse'];

function readVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/**
 * The program with `commands` (see commandsFor) and their help in `io.lang`. `onError` learns which
 * command's parser failed.
 */
export function buildProgram(io: CliIO, commands: readonly RegisterCommand[], onError: (command: Command) => void = () => {}): Command {
  const h = helpTexts(io.lang);
  const program = new Command('plankit').description(h.program);
  configureHelp(program, io.lang);
  program
    .version(VERSION, '-V, --version', h.version)
    .option('--lang <lang>', h.lang)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Parser errors are reported by main(), in the user's language and the one-line shape.
      outputError: () => {},
    });
  for (const register of commands) register(program, io);
  for (const cmd of program.commands) if (TEXT_COMMANDS.includes(cmd.name())) addJsonlOptions(cmd, io.lang);
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride((e) => {
      onError(cmd);
      throw e;
    });
  }
  return program;
}

/** What commander complained about, as a usage error with typed arguments (its message is English). */
export function commanderError(e: CommanderError): PlankitError {
  const m = e.message.replace(/^error:\s*/, '');
  const quoted = /'([^']*)'/.exec(m)?.[1] ?? '';
  const suggestion = /Did you mean (.+?)\?/.exec(m)?.[1];
  const hint = suggestion === undefined ? {} : { suggestion };
  switch (e.code) {
    case 'commander.unknownOption':
      return usageError('unknown-option', { option: quoted, ...hint });
    case 'commander.unknownCommand':
      return usageError('unknown-command', { command: quoted, ...hint });
    case 'commander.missingArgument':
      return usageError('missing-argument', { argument: quoted });
    case 'commander.optionMissingArgument':
      return usageError('option-missing-value', { option: quoted });
    case 'commander.missingMandatoryOptionValue':
      return usageError('missing-required-option', { option: quoted });
    case 'commander.excessArguments': {
      const [, expected, got] = /Expected (\d+) arguments? but got (\d+)/.exec(m) ?? [];
      return usageError('too-many-arguments', { expected: Number(expected ?? 0), got: Number(got ?? 0) });
    }
    default:
      return usageError('command-line', { detail: m.split('\n')[0] ?? m });
  }
}

/**
 * Runs the CLI and resolves to the exit code; never calls process.exit, so it can be tested
 * in-process. Every message is one line on stderr (`plankit: <file>: <reason>`, in `--lang` or the
 * locale's language), never a stack trace — except for a bug (exit 3) under PLANKIT_DEBUG=1.
 */
export async function main(argv: string[], io: CliIO = createIO(process.stdout, process.stderr)): Promise<number> {
  const asked = langFromArgv(argv.slice(2));
  if (asked !== undefined) {
    if (!isLang(asked)) {
      reportError(io, usageError('bad-choice', { option: 'lang', value: asked, choices: LANGS }));
      return io.exitCode;
    }
    io.lang = asked;
  }
  const failed: Command[] = [];
  const program = buildProgram(io, await commandsFor(argv.slice(2)), (cmd) => failed.push(cmd));
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0; `plankit` alone prints the help (exit 2).
      if (e.exitCode === 0) return io.exitCode;
      if (e.code !== 'commander.help') {
        const cmd = failed.at(-1);
        const command = cmd === undefined || cmd === program ? 'plankit' : `plankit ${cmd.name()}`;
        writeNotice(io, formatError(commanderError(e).data, io.lang) + reportTexts(io.lang).usageHint(command));
      }
      io.fail(EXIT.usage);
    } else if (isPlankitError(e)) {
      reportError(io, e);
    } else {
      const detail = e instanceof Error ? e.message : String(e);
      writeNotice(io, reportTexts(io.lang).internalError(detail));
      if (process.env.PLANKIT_DEBUG) io.stderr.write(`${e instanceof Error ? (e.stack ?? '') : ''}\n`);
      io.fail(EXIT.internal);
    }
  }
  return io.exitCode;
}
