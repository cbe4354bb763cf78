// @ts-expect-error: a plain ES module script without type declarations
import { buildFormScript } from '../scripts/build-form-script.mjs';

/** The page script `plankit form` inlines is built from the current sources before any test runs. */
export default async function setup(): Promise<void> {
  await buildFormScript();
}
