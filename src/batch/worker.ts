/**
 * Worker-thread entry: loads the per-file analysis module named in workerData (the real pipeline by
 * default; tests inject their own) and answers one task at a time: a file to analyse, or a family
 * whose template to build (that module is loaded on the first such task). Everything it sends back
 * is plain data; a failure is an answer too, so one bad file never takes the worker down.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileRecord } from './record.js';
import { failureOf, type TaskMessage, type ResultMessage, type WorkerData } from './protocol.js';
import { unitFeatures, variantUnitText } from './unit-features.js';
import { toWire } from './wire.js';

const port = parentPort;
if (port === null) throw new Error('batch worker must run in a worker thread');

type Analyze = (path: string, bytes: Uint8Array, options: unknown) => FileRecord | Promise<FileRecord>;
type BuildTemplate = (input: unknown) => unknown;

const data = workerData as WorkerData;
const mod = (await import(data.analyzer)) as { analyzeFile?: Analyze };
const analyzeFile = mod.analyzeFile;
if (typeof analyzeFile !== 'function') throw new Error(`${data.analyzer} does not export analyzeFile()`);
let buildFamilyTemplate: BuildTemplate | null = null;

port.on('message', (task: TaskMessage) => {
  void handle(task);
});
port.postMessage({ type: 'ready' } satisfies ResultMessage);

async function handle(task: TaskMessage): Promise<void> {
  let reply: ResultMessage;
  try {
    if (task.kind === 'file') {
      const options = task.extra === undefined ? data.options : { ...(data.options as object | undefined), ...task.extra };
      const record: FileRecord = await (analyzeFile as Analyze)(task.path, new Uint8Array(task.bytes), options);
      // The family phase's features, next to the text (whatever analyzer produced the record).
      const features = data.features;
      if (features !== null) for (const v of record.variants) v.unit ??= unitFeatures(variantUnitText(v, features.skipTitle), features);
      // Slots and outline items as columns; typed arrays (those, passages, sentence keys) transferred, not copied.
      const { wire, transfer } = toWire(record);
      port!.postMessage({ type: 'result', seq: task.seq, record: wire } satisfies ResultMessage, transfer);
      return;
    } else {
      if (buildFamilyTemplate === null) {
        const t = (await import(data.templater)) as { buildFamilyTemplate?: BuildTemplate };
        if (typeof t.buildFamilyTemplate !== 'function') throw new Error(`${data.templater} does not export buildFamilyTemplate()`);
        buildFamilyTemplate = t.buildFamilyTemplate;
      }
      // Stringified here, not in the main thread: the JSON text is what the store keeps.
      reply = { type: 'result', seq: task.seq, template: JSON.stringify(buildFamilyTemplate(task.input)) };
    }
  } catch (e) {
    reply = { type: 'result', seq: task.seq, failure: failureOf(e) };
  }
  port!.postMessage(reply);
}
