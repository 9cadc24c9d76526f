// Browser tests drive Debian's Chromium, Firefox ESR and WebKit (WebKitWebDriver with MiniBrowser,
// under a virtual display). Where one is missing, install it when we can (root with apt-get),
// otherwise stop with the one command that fixes it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What each browser needs on disk, and the Debian packages that bring it. */
const NEEDED = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', packages: ['chromium'] },
  { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  { path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', packages: ['webkit2gtk-driver'] },
  { path: '/usr/bin/xvfb-run', packages: ['xvfb', 'xauth'] },
];
const missing = NEEDED.filter((need) => !existsSync(need.path));
if (missing.length) {
  const packages = missing.flatMap((need) => need.packages).join(' ');
  const isRoot = process.getuid?.() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    hasApt = true;
  } catch {}
  if (isRoot && hasApt) {
    console.log(`Browser tests need ${missing.map((need) => need.path).join(', ')}: installing Debian's ${packages}…`);
    execSync(`apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages}`, { stdio: 'inherit' });
  } else {
    console.error(`Browser tests need ${missing.map((need) => need.path).join(', ')}: run "sudo apt-get install ${packages}", then npm test again.`);
    process.exit(1);
  }
}
