import { startHarness } from './server';

// npm run harness: the router and the built renderer on 127.0.0.1:${HARNESS_PORT:-5174}.
const harness = await startHarness({ port: Number(process.env.HARNESS_PORT ?? 5174), staticDir: new URL('../../out/renderer', import.meta.url).pathname });
console.log(`Leadsheet harness on ${harness.url}`);
