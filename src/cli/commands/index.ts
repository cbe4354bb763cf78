import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/** A CLI command: adds itself (name, options, action) to the program. */
export type RegisterCommand = (program: Command, io: CliIO) => void;

/** A command by name, and how to load its module (only the command being run is loaded). */
export interface CommandModule {
  name: string;
  load: () => Promise<RegisterCommand>;
}

/**
 * Every command, in the order `plankit --help` lists them. One file per command in this folder;
 * add a new one here. Loaded on demand: a command's module pulls in what it needs (the Word writer,
 * the stores, the HTML reader …), and `plankit dedup` should not wait for `plankit batch`'s.
 */
export const COMMAND_MODULES: readonly CommandModule[] = [
  { name: 'run', load: async () => (await import('./run.js')).registerRun },
  { name: 'split', load: async () => (await import('./split.js')).registerSplit },
  { name: 'segment', load: async () => (await import('./segment.js')).registerSegment },
  { name: 'outline', load: async () => (await import('./outline.js')).registerOutline },
  { name: 'dedup', load: async () => (await import('./dedup.js')).registerDedup },
  { name: 'diff', load: async () => (await import('./diff.js')).registerDiff },
  { name: 'slots', load: async () => (await import('./slots.js')).registerSlots },
  { name: 'template', load: async () => (await import('./template.js')).registerTemplate },
  { name: 'fill', load: async () => (await import('./fill.js')).registerFill },
  { name: 'values-from', load: async () => (await import('./values-from.js')).registerValuesFrom },
  { name: 'form', load: async () => (await import('./form.js')).registerForm },
  { name: 'batch', load: async () => (await import('./batch.js')).registerBatch },
  { name: 'reuse', load: async () => (await import('./reuse.js')).registerReuse },
];

/** Global options that take a value (the word after them is not a command name). */
const VALUE_OPTIONS: ReadonlySet<string> = new Set(['--lang']);

/**
 * The commands to load for a command line: the one it names, or all of them when it names none
 * (plankit --help, plankit help dedup, a mistyped name — commander then lists or suggests them).
 */
export async function commandsFor(args: readonly string[]): Promise<RegisterCommand[]> {
  let named: CommandModule | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') break;
    if (a.startsWith('-')) {
      if (VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    named = COMMAND_MODULES.find((c) => c.name === a);
    break;
  }
  // plankit --version needs no command at all.
  if (named === undefined && args.some((a) => a === '-V' || a === '--version')) return [];
  return Promise.all((named === undefined ? COMMAND_MODULES : [named]).map((c) => c.load()));
}
