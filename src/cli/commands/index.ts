import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { registerSplit } from './split.js';
import { registerSegment } from './segment.js';
import { registerOutline } from './outline.js';
import { registerSlots } from './slots.js';
import { registerTemplate } from './template.js';
import { registerFill } from './fill.js';
import { registerBatch } from './batch.js';
import { registerReuse } from './reuse.js';
import { registerDedup } from './dedup.js';
import { registerDiff } from './diff.js';
import { registerRun } from './run.js';
import { registerValuesFrom } from './values-from.js';
import { registerForm } from './form.js';

/** A CLI command: adds itself (name, options, action) to the program. */
export type RegisterCommand = (program: Command, io: CliIO) => void;

/**
 * Every command, in the order `plankit --help` lists them. One file per command in this folder;
 * add a new one here.
 */
export const COMMANDS: RegisterCommand[] = [
  registerRun,
  registerSplit,
  registerSegment,
  registerOutline,
  registerDedup,
  registerDiff,
  registerSlots,
  registerTemplate,
  registerFill,
  registerValuesFrom,
  registerForm,
  registerBatch,
  registerReuse,
];
