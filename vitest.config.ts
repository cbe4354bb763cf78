import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bundles the fill-in page's script (dist/browser/form-page.js) that `plankit form` inlines.
    globalSetup: ['test/global-setup.ts'],
    // nodejieba loads its dictionaries once per worker (~1 s); CLI tests spawn processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A throwaway PostgreSQL cluster for the tests that run against both stores.
    globalSetup: ['test/setup/postgres.ts'],
  },
});
