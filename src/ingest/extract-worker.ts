/** The worker-thread entry point (piscina): one extraction per call; children's bytes are transferred back. */
import { runExtractTask, type ExtractTask } from './extract-task.js';

export default async function extractInWorker(task: ExtractTask) {
  return runExtractTask(task);
}
