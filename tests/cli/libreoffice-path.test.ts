import { onPath, sofficePath } from '../../src/cli/libreoffice';

/** Finding LibreOffice and poppler: on the PATH, and where LibreOffice's installers leave it off the PATH. */

describe('finding programs', () => {
  it('finds a program on the PATH and says null for one that is not there', () => {
    expect(onPath('node', { PATH: process.env.PATH })).toMatch(/node(\.exe)?$/);
    expect(onPath('chiso-no-such-program', { PATH: process.env.PATH })).toBeNull();
    expect(onPath('node', { PATH: '' })).toBeNull();
  });

  it("finds LibreOffice in its usual Windows folder when it is not on the PATH", () => {
    const installed = 'C:\\Program Files\\LibreOffice\\program\\soffice.exe';
    expect(sofficePath({ platform: 'win32', env: { PATH: '' }, exists: (p) => p === installed })).toBe(installed);
    const x86 = 'D:\\Apps (x86)\\LibreOffice\\program\\soffice.exe';
    expect(sofficePath({ platform: 'win32', env: { PATH: '', 'ProgramFiles(x86)': 'D:\\Apps (x86)' }, exists: (p) => p === x86 })).toBe(x86);
  });

  it('finds it in the Applications folder on a Mac, and nowhere else when it is not installed', () => {
    const app = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
    expect(sofficePath({ platform: 'darwin', env: { PATH: '' }, exists: (p) => p === app })).toBe(app);
    expect(sofficePath({ platform: 'linux', env: { PATH: '' }, exists: () => true })).toBeNull();
  });
});
