import { describe, expect, it } from 'vitest';
import { windowTitle } from '#main/window/title';

describe('the window title', () => {
  it('shows the file name and the app name', () => {
    expect(windowTitle({ filePath: '/home/ana/plan.leadsheet', unsaved: false, platform: 'linux' })).toEqual({
      title: 'plan.leadsheet — Leadsheet',
      documentEdited: false,
      representedFilename: '/home/ana/plan.leadsheet',
    });
  });

  it('marks unsaved changes with a leading bullet on Windows and Linux', () => {
    expect(windowTitle({ filePath: '/home/ana/plan.leadsheet', unsaved: true, platform: 'linux' }).title).toBe('• plan.leadsheet — Leadsheet');
    expect(windowTitle({ filePath: 'C:\\Users\\Ana\\plan.leadsheet', unsaved: true, platform: 'win32' }).title).toBe('• plan.leadsheet — Leadsheet');
  });

  it('leaves the title plain on macOS and marks the document edited, with the file as its proxy icon', () => {
    expect(windowTitle({ filePath: '/Users/ana/plan.leadsheet', unsaved: true, platform: 'darwin' })).toEqual({
      title: 'plan.leadsheet — Leadsheet',
      documentEdited: true,
      representedFilename: '/Users/ana/plan.leadsheet',
    });
  });

  it('calls a plan never saved Untitled, with no proxy icon', () => {
    expect(windowTitle({ filePath: null, unsaved: false, platform: 'darwin' })).toEqual({ title: 'Untitled — Leadsheet', documentEdited: false, representedFilename: '' });
    expect(windowTitle({ filePath: null, unsaved: true, platform: 'win32' }).title).toBe('• Untitled — Leadsheet');
  });

  it('takes the name from a Windows path on Windows', () => {
    expect(windowTitle({ filePath: 'D:\\Finance\\Board Pack.leadsheet', unsaved: false, platform: 'win32' }).title).toBe('Board Pack.leadsheet — Leadsheet');
  });

  it('keeps a file name with a newline on one line', () => {
    expect(windowTitle({ filePath: '/tmp/a\nb.leadsheet', unsaved: false, platform: 'linux' }).title).toBe('a\uFFFDb.leadsheet — Leadsheet');
  });
});
