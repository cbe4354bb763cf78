/**
 * Worker-thread entry of `plankit dedup`: splits batches of documents into their dedup units
 * (units-of-document.ts) while the main thread goes on reading. Plain data in and out.
 */
import { parentPort } from 'node:worker_threads';
import type { UnitTextOptions } from '../../dedup/index.js';
import { unitsOfDocument, type DedupDocument, type DocumentUnits } from './units-of-document.js';

export interface UnitsTask {
  seq: number;
  docs: DedupDocument[];
  options: UnitTextOptions;
}

export type UnitsReply = { seq: number; results: DocumentUnits[] } | { seq: number; error: string };

const port = parentPort;
if (port === null) throw new Error('the dedup units worker must run in a worker thread');

port.on('message', (task: UnitsTask) => {
  let reply: UnitsReply;
  try {
    reply = { seq: task.seq, results: task.docs.map((d) => unitsOfDocument(d, task.options)) };
  } catch (e) {
    reply = { seq: task.seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
