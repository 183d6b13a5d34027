import { describe, expect, it } from 'vitest';
import { createLaunchQueue, planFilesInArgv } from '#main/app/launchFiles';

describe('plan files in a launch’s arguments', () => {
  it('skips the executable, flags and Chromium switches', () => {
    const argv = ['/opt/Leadsheet/leadsheet.leadsheet', '--no-sandbox', '--inspect=9229', '-psn_0_12345', '--allow-file-access-from-files', '/plans/q3.leadsheet'];
    expect(planFilesInArgv(argv, '/home/ana')).toEqual(['/plans/q3.leadsheet']);
  });

  it('resolves relative paths against the folder the launch was made from', () => {
    expect(planFilesInArgv(['leadsheet', 'q3.leadsheet', '../shared/board.json'], '/home/ana/plans')).toEqual(['/home/ana/plans/q3.leadsheet', '/home/ana/shared/board.json']);
  });

  it('takes only files named like plans, whatever the case of the extension', () => {
    expect(planFilesInArgv(['electron', '.', 'out/main/index.js', 'quotes.xlsx', 'Budget.LEADSHEET'], '/w')).toEqual(['/w/Budget.LEADSHEET']);
  });

  it('names each file once, in the order given', () => {
    expect(planFilesInArgv(['leadsheet', 'b.leadsheet', '/w/a.leadsheet', './b.leadsheet'], '/w')).toEqual(['/w/b.leadsheet', '/w/a.leadsheet']);
  });
});

describe('the launch queue', () => {
  it('holds files until started, then opens them in order', async () => {
    const queue = createLaunchQueue();
    const opened: string[] = [];
    queue.add(['/a.leadsheet']);
    queue.add(['/b.leadsheet', '/c.leadsheet']);
    expect(opened).toEqual([]);
    await queue.start(async (path) => void opened.push(path));
    expect(opened).toEqual(['/a.leadsheet', '/b.leadsheet', '/c.leadsheet']);
  });

  it('opens one file at a time, files added later after those before them', async () => {
    const queue = createLaunchQueue();
    const events: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    queue.add(['/slow.leadsheet']);
    const started = queue.start(async (path) => {
      events.push(`start ${path}`);
      if (path === '/slow.leadsheet') await gate;
      events.push(`end ${path}`);
    });
    queue.add(['/later.leadsheet']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['start /slow.leadsheet']);
    release();
    await started;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['start /slow.leadsheet', 'end /slow.leadsheet', 'start /later.leadsheet', 'end /later.leadsheet']);
  });

  it('starts with nothing waiting and resolves at once', async () => {
    const opened: string[] = [];
    await createLaunchQueue().start(async (path) => void opened.push(path));
    expect(opened).toEqual([]);
  });
});
