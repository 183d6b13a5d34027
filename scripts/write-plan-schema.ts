import { writeFileSync } from 'node:fs';
import { planJsonSchemaText } from '#shared/model';

// Regenerates docs/plan.schema.json from the zod schema; a test fails while the file is stale.
writeFileSync(new URL('../docs/plan.schema.json', import.meta.url), planJsonSchemaText());
console.log('wrote docs/plan.schema.json');
