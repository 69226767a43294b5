/** Jest runs TypeScript through swc (TypeScript 7 has no compiler API for ts-jest). */
const { availableParallelism } = require('node:os');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$|\\.mjs$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } }],
  },
  // ESM-only packages (htmlparser2 and its dom* helpers, entities, pdf.js) are compiled like our sources.
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|domhandler|domelementtype|domutils|dom-serializer|entities|pdfjs-dist)/)'],
  extensionsToTreatAsEsm: [],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  // A guard against a hang, not a speed test (speed is for `npm run bench`): a loaded machine may take seconds.
  testTimeout: 60_000,
  // Two suites at a time even on two cores (Jest's default there is one): the browser and
  // LibreOffice suites spend much of their time waiting on those programs, and the whole command
  // went from about 12.5 to 8 minutes.
  maxWorkers: Math.max(2, availableParallelism() - 1),
};
