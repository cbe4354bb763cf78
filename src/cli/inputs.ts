import type { Document } from '../core/document.js';
import { isPlankitError, type PlankitError } from '../core/errors.js';
import { normalize } from '../normalize/index.js';
import { expandInputs, readDocument, type ReadOptions } from '../read/index.js';
import { EXIT, reportError, type CliIO } from './io.js';
import { UsageProblem } from './output.js';

export interface InputOptions {
  encoding?: string;
  format?: ReadOptions['format'];
}

/** Common options every command that reads plan pages takes. */
export const INPUT_HELP = 'files, directories (searched recursively for .txt/.html), globs, or - for stdin';

/**
 * Expands the CLI inputs and yields each readable, normalised document in order. A file that cannot
 * be read is reported as one line ("plankit: path: reason"), raises the exit code to 1, and the
 * others go on. A usage problem (an unknown --encoding) stops everything with exit 2.
 */
export async function* loadInputs(args: string[], opts: InputOptions, io: CliIO): AsyncGenerator<Document> {
  if (args.length === 0) throw new UsageProblem(`no input given: name ${INPUT_HELP}`);
  const { files, problems } = await expandInputs(args);
  for (const p of problems) report(io, p);
  for (const path of files) {
    let doc: Document;
    try {
      const readOptions: ReadOptions = {};
      if (opts.encoding !== undefined) readOptions.encoding = opts.encoding;
      if (opts.format !== undefined) readOptions.format = opts.format;
      doc = normalize(await readDocument(path, readOptions));
    } catch (e) {
      if (isPlankitError(e) && e.kind !== 'usage') {
        report(io, e);
        continue;
      }
      throw e;
    }
    yield doc;
  }
}

function report(io: CliIO, e: PlankitError): void {
  reportError(io, e.toLine());
  io.fail(EXIT.inputFailed);
}
