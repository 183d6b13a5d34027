/** `0` → `A`, `25` → `Z`, `26` → `AA`: a 0-based column index as Excel letters. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel letters to a 0-based column index: `A` → 0, `AA` → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `D7` from a 1-based row and a 0-based column. */
export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** `$D$7`: an absolute reference. */
export function absolute(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** A sheet name as a formula reference: quoted when it holds anything but letters, digits and underscores. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
