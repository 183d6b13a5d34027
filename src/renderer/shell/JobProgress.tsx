import type { JSX } from 'react';
import { cancelJob, useJobs } from '../store/jobs';

const count = new Intl.NumberFormat('en-US');

/** A bar per running job, with what it is doing and a Cancel button. */
export function JobProgress(): JSX.Element | null {
  const running = useJobs((state) => state.running);
  if (running.length === 0) return null;
  return (
    <section className="jobs" aria-label="Work in progress">
      {running.map((job) => {
        const known = job.total > 0;
        return (
          <div key={job.jobId} className="job">
            <span className="job-label">{job.label}</span>
            <progress
              aria-label={job.label}
              max={known ? job.total : undefined}
              value={known ? job.done : undefined}
            />
            <span className="job-count">{known ? `${count.format(job.done)} of ${count.format(job.total)}` : 'Starting…'}</span>
            <button type="button" onClick={() => void cancelJob(job.jobId)}>
              Cancel
            </button>
          </div>
        );
      })}
    </section>
  );
}
