/**
 * Child of the crash-recovery test: opens FILE, edits the plan, autosaves the edits to USER_DATA
 * as document DOC_ID, prints `autosaved`, and keeps running with the edits unsaved until killed.
 * Usage: node --import tsx storageCrashChild.ts USER_DATA FILE DOC_ID
 */
import { writeAutosave } from '#main/storage/autosave';
import { openPlan } from '#main/storage/planFile';
import { editedPlan } from './storagePlans';

const [userData, file, documentId] = process.argv.slice(2);
if (!userData || !file || !documentId) throw new Error('usage: storageCrashChild.ts USER_DATA FILE DOC_ID');
const opened = await openPlan(file);
if (!opened.ok) throw new Error(JSON.stringify(opened.error));
const written = await writeAutosave(userData, {
  documentId,
  plan: editedPlan(opened.value.plan),
  filePath: file,
  fileIdentity: opened.value.identity,
  savedAt: new Date().toISOString(),
});
if (!written.ok) throw new Error(written.error.message);
process.stdout.write('autosaved\n');
// The user goes on working; the process only ends when it is killed.
setInterval(() => undefined, 1000);
