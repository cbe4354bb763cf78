import type { SqlConnection } from '../../store/connection.js';
import { variantUnitText } from '../unit-features.js';

/** Ords per IN (…) list when fetching texts… */
const FETCH_CHUNK = 400;
/** …and characters of text per fetch at most: texts arrive as JS strings (2 bytes a character), on the heap. */
const FETCH_CHARS = 2_000_000;

/**
 * Calls `visit` with the unit text (title line and folded body, as findDuplicates is given it) of
 * every ord in `ords`, fetched a bounded number of characters at a time.
 */
export async function unitTexts(sql: SqlConnection, ords: readonly number[], skipTitle: boolean, visit: (ord: number, text: string) => void): Promise<void> {
  for (let i = 0; i < ords.length; i += FETCH_CHUNK) {
    const part = ords.slice(i, i + FETCH_CHUNK);
    const sizes = await sql.all<{ ord: number; chars: number }>(`SELECT ord, chars FROM fam_units WHERE ord IN (${part.map(() => '?').join(', ')})`, part);
    let group: number[] = [];
    let chars = 0;
    const fetch = async (): Promise<void> => {
      if (group.length === 0) return;
      const rows = await sql.all<{ ord: number; folded: string; title_folded: string | null }>(
        `SELECT u.ord, v.folded, v.title_folded FROM fam_units u JOIN variants v ON v.id = u.variant WHERE u.ord IN (${group.map(() => '?').join(', ')})`,
        group,
      );
      for (const r of rows) visit(Number(r.ord), variantUnitText({ folded: r.folded, titleFolded: r.title_folded }, skipTitle));
      group = [];
      chars = 0;
    };
    for (const r of sizes) {
      if (chars + Number(r.chars) > FETCH_CHARS) await fetch();
      group.push(Number(r.ord));
      chars += Number(r.chars);
    }
    await fetch();
  }
}
