import { existsSync } from 'node:fs';

/** Debian's chromium, driven by playwright-core (no browser download). Under CI nothing is skipped. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

/** `npm run test:unit` (CHISO_TESTS=unit) leaves the browser to `npm test`. */
export const describeWithChromium: jest.Describe = process.env.CHISO_TESTS !== 'unit' && (process.env.CI === 'true' || existsSync(CHROMIUM_PATH)) ? describe : describe.skip;
