/**
 * `npm run test:unit`: the fast tests for the edit loop (under a minute). Left to `npm test`: the
 * built pane in Chromium (tests/e2e, tests/build), LibreOffice's recalculation and printing
 * (tests/workbook, every describeWithLibreOffice block), the bundled CLI and its workers, the
 * manifest tools run as processes.
 */
process.env.CHISO_TESTS = 'unit';
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/(e2e|build|workbook)/',
    '<rootDir>/tests/support/libreoffice\\.test\\.ts$',
    '<rootDir>/tests/manifest\\.test\\.ts$',
    '<rootDir>/tests/cli/workers\\.test\\.ts$',
  ],
};
