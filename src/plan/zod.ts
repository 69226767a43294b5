import { z } from 'zod';

/**
 * zod for every schema of the core. Without JIT: zod otherwise probes `new Function` to compile
 * fast parsers, which a Content-Security-Policy without 'unsafe-eval' (the pane's) reports as a
 * violation. The plans parsed here are small; the interpreted path is fast enough.
 */
z.config({ jitless: true });

export { z };
