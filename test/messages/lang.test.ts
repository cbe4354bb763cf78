import { describe, expect, it } from 'vitest';
import { diagnostic, DIAGNOSTIC_CODES } from '../../src/core/diagnostics.js';
import { formatDiagnostic, langFromEnv } from '../../src/messages/index.js';

describe('langFromEnv', () => {
  it('follows the POSIX order LC_ALL > LC_MESSAGES > LANG > LANGUAGE', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LC_MESSAGES: 'zh_HK', LANG: 'en_GB' })).toBe('zh');
    expect(langFromEnv({ LANGUAGE: 'en:zh' })).toBe('en');
    expect(langFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('en');
  });

  it('no locale (or C/POSIX) means Chinese, the users’ language', () => {
    expect(langFromEnv({})).toBe('zh');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LC_ALL: 'POSIX' })).toBe('zh');
  });
});

describe('formatDiagnostic', () => {
  it('renders a gap in both languages from the same arguments', () => {
    const d = diagnostic('gap', 'outline/tree', 'warning', { start: 0, end: 2 }, { marker: '4、', previous: '2、', expected: 3, found: 4, inline: false });
    expect(formatDiagnostic(d, 'en')).toBe('"4、" follows "2、": 3 is missing');
    expect(formatDiagnostic(d, 'zh')).toBe('“4、”接在“2、”之后：缺少 3');
    const run = diagnostic('gap', 'outline/tree', 'warning', { start: 0, end: 2 }, { marker: '3、', previous: null, expected: 1, found: 3, inline: false });
    expect(formatDiagnostic(run, 'en')).toBe('"3、" starts its run at 3, not 1');
  });

  it('every code knows its stage', () => {
    for (const code of DIAGNOSTIC_CODES) expect(['read', 'split', 'outline', 'template']).toContain(diagnostic(code, 'x', 'info', { start: 0, end: 0 }, {}).stage);
  });
});
