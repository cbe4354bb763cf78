import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * A package loaded on first use, synchronously: the readers of HTML, Markdown and Word files (and
 * their parsers, a few hundred milliseconds to load) are not loaded by a run that reads plain text.
 * ESM-only packages load through require() of an ES module, unflagged since Node 20.19 (hence the
 * engines field); none of these has top-level await.
 */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(specifier) as T);
}
