import { create } from 'zustand';
import type { MonteCarloDto } from '../../../shared/ipc/jobChannels';
import { api } from '../../api';
import { useDocument } from '../../store/documentStore';
import { runJob } from '../../store/jobs';
import { monteCarloJobLabel, parseSeed, parseTrials, type MonteCarloRun } from './monteCarlo';

/** The Compare view's Monte Carlo: what the user typed, the last run, and how the latest attempt went. Kept across tab switches. */
export interface MonteCarloState {
  readonly trials: string;
  readonly seed: string;
  readonly run: MonteCarloRun | null;
  readonly running: boolean;
  readonly error: string | null;
  /** The latest attempt was cancelled: the results shown (if any) are the earlier run's. */
  readonly cancelled: boolean;
}

export const useMonteCarlo = create<MonteCarloState>(() => ({ trials: '10,000', seed: '1', run: null, running: false, error: null, cancelled: false }));

/** Runs Monte Carlo on this window's document with the typed trials and seed; progress and Cancel show in the shared bar. */
export async function runMonteCarlo(): Promise<void> {
  const { trials: trialsText, seed: seedText, running } = useMonteCarlo.getState();
  if (running) return;
  const trials = parseTrials(trialsText);
  const seed = parseSeed(seedText);
  if (!trials.ok || !seed.ok) return;
  const { documentId, summary, plan } = useDocument.getState();
  if (!documentId || !plan) return;
  useMonteCarlo.setState({ running: true, error: null, cancelled: false });
  try {
    const answer = await runJob(monteCarloJobLabel(trials.value), (jobId) => api().jobMonteCarlo({ jobId, documentId, trials: trials.value, seed: seed.value }));
    if (!answer.ok) return useMonteCarlo.setState({ error: answer.error.message });
    if (answer.value.status === 'cancelled') return useMonteCarlo.setState({ cancelled: true });
    const { trials: ran, seed: seeded, scenarios, probabilityCheapest } = answer.value;
    const result: MonteCarloDto = { trials: ran, seed: seeded, scenarios, probabilityCheapest };
    useMonteCarlo.setState({
      run: { result, documentId, basis: summary, startMonth: plan.settings.startMonth, horizonMonths: plan.settings.horizonMonths },
    });
  } catch (error) {
    useMonteCarlo.setState({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    useMonteCarlo.setState({ running: false });
  }
}
