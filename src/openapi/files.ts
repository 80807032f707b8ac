import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the generated API files live: beside the web's hand-written API client. */
export const API_FILES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'src', 'api');
