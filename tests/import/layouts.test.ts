import { join } from 'node:path';
import { describeCorpus } from './corpus-harness';

/** Dev fixtures in other provinces' layouts (tests/import/layouts/, hand keys), scored like the held-out corpus. */
describeCorpus(join(__dirname, 'layouts'), 'layout fixtures');
