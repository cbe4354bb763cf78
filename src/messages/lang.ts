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
