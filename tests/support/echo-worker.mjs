// A worker for the pool's tests: doubles a number, spins forever on 'spin', dies on 'crash'.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, request }) => {
  if (request === 'spin') for (;;);
  if (request === 'crash') throw new Error('crashed on purpose');
  parentPort.postMessage({ id, result: request * 2 });
});
