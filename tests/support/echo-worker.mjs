// A worker for the pool's tests: multiplies a number (by 2, or by what it was configured with),
// spins forever on 'spin', dies on 'crash'.
import { parentPort } from 'node:worker_threads';

let factor = 2;
parentPort.on('message', (m) => {
  if ('configure' in m) {
    factor = m.configure;
    return;
  }
  const { id, request } = m;
  if (request === 'spin') for (;;);
  if (request === 'crash') throw new Error('crashed on purpose');
  parentPort.postMessage({ id, result: request * factor });
});
