/** The languages every user-facing sentence is written in. Chinese first: the users read it first. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language from the environment, as POSIX locales are resolved: LC_ALL, then LC_MESSAGES, then
 * LANG, then LANGUAGE's first entry; a Chinese locale (zh, zh_CN.UTF-8, zh_TW …) → zh, any other set
 * locale → en, none at all (or C/POSIX) → zh, the users' own language.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG, env.LANGUAGE?.split(':')[0]].find((v) => v !== undefined && v !== '');
  if (locale === undefined || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.')) return 'zh';
  return /^zh\b|^zh[_-]/i.test(locale) ? 'zh' : 'en';
}

/**
 * The value of a `--lang` option in a command line (`--lang en`, `--lang=en`), before any `--`;
 * undefined when there is none. The value is returned as given (the caller checks it): the help and
 * the errors of the whole run must be in that language, so it is read before the parser runs.
 */
export function langFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--lang') found = argv[i + 1] ?? '';
    else if (a?.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}
