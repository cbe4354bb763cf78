import { bracketField } from './bracket-field.js';
import { dateLetters } from './date-letters.js';
import { ellipsis } from './ellipsis.js';
import { emptyBrackets } from './empty-brackets.js';
import { formDate } from './form-date.js';
import { letterRun } from './letter-run.js';
import { loneLetter } from './lone-letter.js';
import { markRun } from './mark-run.js';
import { mou } from './mou.js';
import { stars } from './stars.js';
import { spaceRun } from './space-run.js';
import { tilde } from './tilde.js';
import type { PlaceholderRule } from './types.js';
import { underscoreRun } from './underscore-run.js';
import { yearForm } from './year-form.js';

export type { PlaceholderHit, PlaceholderRule } from './types.js';

/**
 * The placeholder grammar, one family per file, in the order they claim text (document numbers are
 * docno.ts's, which runs before): a form date before the years and letters inside it, a year before the letter runs, fixed shapes
 * before the lone letter read by its context.
 */
export const PLACEHOLDER_RULES: readonly PlaceholderRule[] = [
  formDate,
  yearForm,
  dateLetters,
  bracketField,
  emptyBrackets,
  letterRun,
  underscoreRun,
  markRun,
  mou,
  loneLetter,
  stars,
  tilde,
  ellipsis,
  spaceRun,
];
