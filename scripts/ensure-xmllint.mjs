// The iJw tests check produced messages with libxml2's own CLI too (`xmllint --schema`), besides the
// WebAssembly build the server uses. On a fresh machine Debian's libxml2-utils is installed here with
// apt-get when we are root (as ensure-chromium.mjs does for the browser); otherwise we say what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const XMLLINT = process.env.XMLLINT_PATH || '/usr/bin/xmllint';

if (!existsSync(XMLLINT)) {
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log("xmllint is missing: installing Debian's libxml2-utils package (one time)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils', {
      stdio: 'inherit',
    });
  } else {
    console.error(
      `xmllint not found at ${XMLLINT}. Install it with: sudo apt-get install -y libxml2-utils (or set XMLLINT_PATH).`,
    );
    process.exit(1);
  }
}
