import { create } from 'zustand';
import type { QuoteFieldDto, QuoteImportDto, RememberedMappingDto } from '../../../shared/ipc/jobChannels';
import { api } from '../../api';
import { runJob } from '../../store/jobs';
import { sheetsOf } from './quoteColumns';

/** Quotes read from one vendor file, as main parsed them, with what was asked of it. */
export interface ImportedQuotes extends QuoteImportDto {
  /** The file's absolute path, to read it again with corrections. */
  readonly path: string;
  readonly name: string;
  /** The one sheet read, when the user chose one; else every sheet with a header. */
  readonly sheet: string | undefined;
  /** Every sheet of the file that holds quotes, known from a read of them all. */
  readonly sheets: readonly string[];
  /** The mapping the user set before for these headers, when main read the rows with it. */
  readonly remembered: RememberedMappingDto | null;
}

/** The Quotes view's state, kept here so switching tabs (or a menu command) does not lose the file read. */
export interface QuotesState {
  readonly imported: ImportedQuotes | null;
  /** Ids of the quotes the user ticked. */
  readonly selected: readonly string[];
  /** Why the last read failed, shown above the quotes. */
  readonly failure: string | null;
  readonly reading: boolean;
}

export const useQuotes = create<QuotesState>(() => ({ imported: null, selected: [], failure: null, reading: false }));

/** What to read: a dropped file's path (else the Open dialog asks), one sheet, and column corrections, or `forget` for the detected columns. */
export interface QuoteReadRequest {
  readonly path?: string;
  readonly sheet?: string;
  readonly map?: Partial<Record<QuoteFieldDto, string>>;
  readonly forget?: true;
}

/** The file name of a path, POSIX or Windows. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Reads vendor quotes in main's worker, with progress and Cancel: the file given, or the one
 * picked in the Open dialog. A cancel leaves the quotes shown as they were; a refusal says why.
 */
export async function readQuotes(request: QuoteReadRequest = {}): Promise<void> {
  if (useQuotes.getState().reading) return;
  useQuotes.setState({ reading: true });
  try {
    const label = `Reading quotes from ${request.path ? fileName(request.path) : 'the file chosen'}`;
    const answer = await runJob(label, (jobId) =>
      api().jobParseQuotes({
        jobId,
        ...(request.path === undefined ? {} : { path: request.path }),
        ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
        ...(request.map === undefined ? {} : { map: request.map }),
        ...(request.forget === undefined ? {} : { forget: request.forget }),
      }),
    );
    if (!answer.ok) return useQuotes.setState({ failure: answer.error.message });
    if (answer.value.status === 'cancelled') return;
    const { status, ...read } = answer.value;
    const kept = new Set(read.quotes.map((q) => q.id));
    const previous = useQuotes.getState();
    const sameFile = previous.imported?.path === read.path;
    const sheets = request.sheet === undefined ? sheetsOf(read.quotes, read.mapping) : sameFile && previous.imported ? previous.imported.sheets : [request.sheet];
    useQuotes.setState({
      imported: { ...read, sheet: request.sheet, sheets },
      // Reading the same file again (a corrected mapping) keeps the rows ticked that are still there.
      selected: sameFile ? previous.selected.filter((id) => kept.has(id)) : [],
      failure: null,
    });
  } finally {
    useQuotes.setState({ reading: false });
  }
}

export function selectQuotes(ids: readonly string[]): void {
  useQuotes.setState({ selected: ids });
}
