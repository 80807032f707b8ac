// `npm start` builds the server and the web app when the build is missing or older than the
// sources, so a newcomer never runs a separate build by hand.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const marker = 'dist/.build-stamp';
const sources = Math.max(
  newest('src'),
  newest('web'),
  statSync('package.json').mtimeMs,
  statSync('vite.config.ts').mtimeMs,
);
if (!existsSync(marker) || statSync(marker).mtimeMs < sources) {
  console.log('Building Keukentafel (server and web app)…');
  execSync('npm run build', { stdio: 'inherit' });
}
