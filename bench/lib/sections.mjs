// Loads the capability sections of the benchmark (bench/sections/*.mjs) in file-name order, so a
// capability adds its measurements in a file of its own (see the comment at the top of run.mjs).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadSections(dir) {
  let files = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .sort();
  } catch {
    return []; // no sections yet
  }
  const sections = [];
  for (const file of files) {
    const section = (await import(pathToFileURL(join(dir, file)).href)).default;
    if (!section?.name || !section.title)
      throw new Error(`bench/sections/${file}: the default export needs a name and a title`);
    sections.push(section);
  }
  return sections;
}
