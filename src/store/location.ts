/**
 * Where a results store lives, from the `--db` value: a PostgreSQL connection URL
 * (`postgresql://user:password@host:5432/name`, or `postgres://…`) selects PostgreSQL; anything
 * else is the path of a SQLite database file.
 */
export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };

const POSTGRES_SCHEMES = /^postgres(?:ql)?:\/\//i;

export function parseStoreLocation(db: string): StoreLocation {
  return POSTGRES_SCHEMES.test(db) ? { kind: 'postgresql', url: db } : { kind: 'sqlite', path: db };
}

export function isPostgresUrl(db: string): boolean {
  return POSTGRES_SCHEMES.test(db);
}

/**
 * The store as messages name it: the SQLite path as given, or the URL with its password replaced by
 * *** (also a `password=` query parameter), so an error line can be pasted anywhere.
 */
export function storeName(location: StoreLocation | string): string {
  const loc = typeof location === 'string' ? parseStoreLocation(location) : location;
  if (loc.kind === 'sqlite') return loc.path;
  return redactUrl(loc.url);
}

export function redactUrl(url: string): string {
  let out = url.replace(/^(postgres(?:ql)?:\/\/[^:/@?#]*):[^@/?#]*@/i, '$1:***@');
  out = out.replace(/([?&]password=)[^&#]*/gi, '$1***');
  return out;
}
