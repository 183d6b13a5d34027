/**
 * How a file writes numbers: `dot` is `1,234.50`, `comma` is `1.234,50`. Decided once per file,
 * never per cell, so `1.234` cannot mean a thousand in one row and one point two in the next.
 */
export type NumberStyle = 'dot' | 'comma';

/** A run of digits with the separators a number may have between them (`1,234.50`, `1 234,5`, `1'234`). */
const NUMBER_RUN = /\d(?:[\d.,'’\u00a0\u202f ]*\d)?/g;

/** What one written number says about the style: surely one, probably one (a lone separator before three digits), or nothing. */
function vote(run: string): { style: NumberStyle; strong: boolean } | null {
  const dots = run.split('.').length - 1;
  const commas = run.split(',').length - 1;
  if (dots > 0 && commas > 0) return { style: run.lastIndexOf('.') > run.lastIndexOf(',') ? 'dot' : 'comma', strong: true };
  if (dots + commas === 0) return null;
  const separator = dots > 0 ? '.' : ',';
  const own: NumberStyle = separator === '.' ? 'dot' : 'comma';
  const other: NumberStyle = own === 'dot' ? 'comma' : 'dot';
  // Two of the same separator can only be grouping: 1.234.567 is a comma-style number.
  if (dots + commas > 1) return { style: other, strong: true };
  const after = run.length - run.indexOf(separator) - 1;
  // One separator before exactly three digits is most likely grouping (prices seldom have three decimals), but not surely.
  if (after === 3) return { style: other, strong: false };
  return { style: own, strong: true };
}

/**
 * The number style of a file from the numeric texts of its numeric columns: the sure signs vote
 * (`1,234.50`, `2,5`, `0.1`, `1.234.567`); only if there are none do the likely ones (`12,000`,
 * `12.000`); a tie or no sign at all is `dot`, the style of `1,234.50`.
 */
export function inferNumberStyle(texts: Iterable<string>): NumberStyle {
  const strong = { dot: 0, comma: 0 };
  const weak = { dot: 0, comma: 0 };
  for (const text of texts) {
    // Dates are not numbers: 2027-03-15 and 15.03.2027 say nothing about decimals.
    if (/\d{1,4}[-./]\d{1,2}[-./]\d{2,4}/.test(text)) continue;
    for (const [run] of text.matchAll(NUMBER_RUN)) {
      const v = vote(run.trim());
      if (v) (v.strong ? strong : weak)[v.style]++;
    }
  }
  const votes = strong.dot + strong.comma > 0 ? strong : weak;
  return votes.comma > votes.dot ? 'comma' : 'dot';
}

/** The style as the user would write it, for messages. */
export function styleExample(style: NumberStyle): string {
  return style === 'dot' ? '1,234.50' : '1.234,50';
}

/** What may separate groups of thousands in each style: its grouping mark, an apostrophe (Swiss) or a space. */
const GROUP_SEPARATORS: Readonly<Record<NumberStyle, RegExp>> = { dot: /[,'’\u00a0\u202f ]/, comma: /[.'’\u00a0\u202f ]/ };

/**
 * A plain written number (`1,234.50` in dot style, `1.234,50` or `1 234,5` in comma style) as a
 * number, or null. Grouping must come in threes, so `2,5` in a dot-style file is refused rather
 * than read as 25.
 */
export function parseNumber(text: string, style: NumberStyle): number | null {
  const decimal = style === 'dot' ? '.' : ',';
  const trimmed = text.trim();
  const match = /^([+-]?)(\d[\d.,'’\u00a0\u202f ]*)$/.exec(trimmed.replace(/^[−–]/, '-'));
  if (!match) return null;
  const [, sign, body = ''] = match;
  const parts = body.split(decimal);
  if (parts.length > 2) return null;
  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const groups = whole.split(GROUP_SEPARATORS[style]);
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) return null;
  if (groups.some((g) => !/^\d+$/.test(g))) return null;
  const value = Number(`${sign}${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? value : null;
}
