import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseCsv } from '#main/quotes/csv';

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice binary, or a failure that says how to install it (the interop tests need the real program). */
export function soffice(): string {
  for (const candidate of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) if (existsSync(candidate)) return candidate;
  const which = spawnSync('which', ['soffice'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error('LibreOffice is needed to prove exported workbooks recalculate: install it with `apt-get install -y libreoffice-calc-nogui` (.ci/run does).');
}

/**
 * Opens `xlsx` in LibreOffice with a private profile set to recalculate every formula on load
 * (by default it shows the cached values), and returns each sheet as CSV rows of raw values.
 */
export function recalculateWithLibreOffice(xlsx: string): Map<string, string[][]> {
  const work = mkdtempSync(join(tmpdir(), 'leadsheet-lo-'));
  const profile = join(work, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
  const out = join(work, 'out');
  execFileSync(
    soffice(),
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, xlsx],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const stem = basename(xlsx).replace(/\.xlsx$/, '');
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(out)) {
    if (!file.startsWith(`${stem}-`) || !file.endsWith('.csv')) continue;
    sheets.set(file.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, file), 'utf8'), ','));
  }
  if (sheets.size === 0) throw new Error(`LibreOffice wrote no sheets for ${xlsx}`);
  return sheets;
}
