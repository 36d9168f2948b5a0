/** The worker-thread entry point (piscina) of the analysis stage: one batch of documents per call. */
import { analyseBatch } from './analyse-task.js';

export default function analyseInWorker(batch: Parameters<typeof analyseBatch>[0]) {
  return analyseBatch(batch);
}
