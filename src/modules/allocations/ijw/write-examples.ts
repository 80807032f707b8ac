// npm run examples:ijw — writes examples/ijw/ from DEMO_EXAMPLE (samples.ts), each file validated
// against its XSD first. The standard's own example (20-…) is left as it is.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { produceIjwMessage } from './codec.js';
import { demoExamples } from './samples.js';

const dir = join(process.cwd(), 'examples', 'ijw');
for (const [file, m] of Object.entries(demoExamples())) {
  writeFileSync(join(dir, file), await produceIjwMessage(m.code, m.content as never));
  process.stdout.write(`wrote examples/ijw/${file}\n`);
}
