/**
 * `base` when no id in `taken` has it, else the stem of `base` (without a trailing `-N`) with the
 * first free suffix from 2: `salary` → `salary-2`, and `salary-2` → `salary-3`. An empty base
 * counts as `id`, so the result is never empty.
 */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = taken instanceof Set ? (taken as ReadonlySet<string>) : new Set(taken);
  const wanted = base || 'id';
  if (!used.has(wanted)) return wanted;
  const stem = wanted.replace(/-\d+$/, '') || 'id';
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}
