import { parentPort, type MessagePort } from 'node:worker_threads';
import { JobCancelled, yieldToEventLoop, type JobContext } from './jobContext';
import { describeIssues, toWorkerSchema, type FromWorker } from './jobTypes';
import { oneLine } from './oneLine';
import { runJob } from './runJob';

function jobIdOf(raw: unknown): number | undefined {
  const id = raw !== null && typeof raw === 'object' && 'jobId' in raw ? raw.jobId : undefined;
  return typeof id === 'number' ? id : undefined;
}

/**
 * Serves main from the worker thread: runs the jobs main sends, posts their progress, and answers each
 * with exactly one of done, failed or cancelled. Nothing thrown here crosses the boundary: an
 * error becomes a 'failed' message with a one-line reason.
 */
function serve(port: MessagePort): void {
  const running = new Set<number>();
  const cancelled = new Set<number>();

  const post = (message: FromWorker, transfer: readonly ArrayBuffer[] = []): void => {
    try {
      port.postMessage(message, [...transfer]);
    } catch (error) {
      // A result that cannot be cloned must still answer the job.
      if (message.type !== 'failed') port.postMessage({ type: 'failed', jobId: message.jobId, error: { message: `its result could not be sent (${oneLine(error)})` } } satisfies FromWorker);
    }
  };

  async function run(jobId: number, raw: unknown): Promise<void> {
    running.add(jobId);
    const context: JobContext = {
      progress: (done, total, phase) => post({ type: 'progress', jobId, done, total, phase }),
      checkpoint: async () => {
        await yieldToEventLoop();
        if (cancelled.has(jobId)) throw new JobCancelled();
      },
    };
    try {
      const message = toWorkerSchema.safeParse(raw);
      if (!message.success) return post({ type: 'failed', jobId, error: { message: `invalid job: ${describeIssues(message.error)}` } });
      if (message.data.type !== 'run') return;
      const { result, transfer } = await runJob(message.data.request, context);
      post({ type: 'done', jobId, result }, transfer);
    } catch (error) {
      post(error instanceof JobCancelled ? { type: 'cancelled', jobId } : { type: 'failed', jobId, error: { message: oneLine(error) } });
    } finally {
      running.delete(jobId);
      cancelled.delete(jobId);
    }
  }

  port.on('message', (raw: unknown) => {
    const jobId = jobIdOf(raw);
    if (jobId === undefined) return;
    const type = (raw as { type?: unknown }).type;
    // A cancel for a job that has already answered is late, not wrong.
    if (type === 'cancel') {
      if (running.has(jobId)) cancelled.add(jobId);
      return;
    }
    void run(jobId, raw);
  });
}

if (!parentPort) throw new Error('worker.ts is the entry of a worker thread; start it with createJobRunner');
serve(parentPort);
