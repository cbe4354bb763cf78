import type { Argument, Command, Help, Option } from 'commander';
import { helpTexts, type HelpTexts, type Lang } from '../messages/index.js';
import { displayWidth, wrapText } from './text.js';

/** Narrower than this, help text is not wrapped (as commander does). */
const MIN_WRAP_WIDTH = 40;

/** commander's own section title, when it is one the help table translates. */
function isHeading(title: string, h: HelpTexts): title is keyof HelpTexts['headings'] {
  return Object.prototype.hasOwnProperty.call(h.headings, title);
}

/** A description with its default value, worded in the help's language. */
function withDefault(description: string, value: unknown, description2: string | undefined, h: HelpTexts): string {
  if (value === undefined) return description;
  const shown = description2 ?? (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
  return `${description} ${h.defaultValue(shown)}`.trim();
}

/**
 * Help in the user's language: commander builds the layout, the texts come from src/messages (section
 * titles, the default-value note, the built-in help and version options), and wide CJK characters
 * count two columns when commander pads and wraps.
 */
export function configureHelp(program: Command, lang: Lang): void {
  const h = helpTexts(lang);
  const ansi = new RegExp(String.raw`\x1b\[[0-9;]*m`, 'g');
  program.configureHelp({
    showGlobalOptions: true,
    styleTitle: (title: string) => (isHeading(title, h) ? h.headings[title] : title),
    displayWidth: (s: string) => displayWidth(s.replace(ansi, '')),
    boxWrap: (s: string, width: number) => (width < MIN_WRAP_WIDTH ? s : wrapText(s, width)),
    optionDescription: (option: Option) => {
      // Booleans and negations (--no-outline) show no default, as commander does.
      const shows = option.required || option.optional;
      return withDefault(option.description, shows ? option.defaultValue : undefined, option.defaultValueDescription, h);
    },
    argumentDescription: (argument: Argument) => withDefault(argument.description, argument.defaultValue, argument.defaultValueDescription, h),
  } satisfies Partial<Help>);
  program.helpOption('-h, --help', h.help);
  program.helpCommand('help [command]', h.helpCommand);
}
