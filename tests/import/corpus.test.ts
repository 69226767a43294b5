import { join } from 'node:path';
import { describeCorpus } from './corpus-harness';

/** The held-out corpus (tests/corpus/, written by others with hand keys): chiso was not shaped to it. */
describeCorpus(join(__dirname, '../corpus'), 'held-out corpus');
