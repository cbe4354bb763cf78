/**
 * Worker-thread entry: loads the per-file analysis module named in workerData (the real pipeline by
 * default; tests inject their own) and answers one task at a time. Everything it sends back is plain
 * data; a failure is an answer too, so one bad file never takes the worker down.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeFile } from './record.js';
import { failureOf, type TaskMessage, type ResultMessage, type WorkerData } from './protocol.js';

const port = parentPort;
if (port === null) throw new Error('batch worker must run in a worker thread');

const data = workerData as WorkerData;
const mod = (await import(data.analyzer)) as { analyzeFile?: AnalyzeFile };
const analyzeFile = mod.analyzeFile;
if (typeof analyzeFile !== 'function') throw new Error(`${data.analyzer} does not export analyzeFile()`);

port.on('message', (task: TaskMessage) => {
  void handle(task);
});
port.postMessage({ type: 'ready' } satisfies ResultMessage);

async function handle(task: TaskMessage): Promise<void> {
  let reply: ResultMessage;
  try {
    const record = await (analyzeFile as (p: string, b: Uint8Array, o: unknown) => ReturnType<AnalyzeFile>)(task.path, new Uint8Array(task.bytes), data.options);
    reply = { type: 'result', seq: task.seq, record };
  } catch (e) {
    reply = { type: 'result', seq: task.seq, failure: failureOf(e) };
  }
  port!.postMessage(reply);
}
