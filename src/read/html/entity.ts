import { lazyModule } from '../../core/lazy-module.js';

const cheerio = lazyModule<typeof import('cheerio')>('cheerio');

const cache = new Map<string, string>();

/**
 * The text a character reference stands for, decoded by the same parser that built the DOM (so the
 * aligner agrees with it on legacy references without ";"). Pages repeat the same few (&nbsp;
 * &ldquo; …), hence the cache.
 */
export function decodeReference(ref: string): string {
  let r = cache.get(ref);
  if (r === undefined) {
    r = cheerio().load(ref, null, false).text();
    cache.set(ref, r);
  }
  return r;
}
