import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba loads its dictionaries once per worker (~1 s); CLI tests spawn processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Bundles the fill-in page's script (dist/browser/form-page.js) that `plankit form` inlines, and
    // starts a throwaway PostgreSQL cluster for the tests that run against both stores.
    globalSetup: ['test/global-setup.ts', 'test/setup/postgres.ts'],
  },
});
