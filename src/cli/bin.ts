import { runCli } from './main';

// The process edge: the only place that reads argv, the clock and the real streams.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: new Date().toISOString().slice(0, 10),
  cwd: process.cwd(),
});
process.exitCode = code;
