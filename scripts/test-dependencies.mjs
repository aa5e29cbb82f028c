// What the test run needs besides npm packages: Java (the Nu HTML Checker), Chromium (browser tests,
// PDF export) and a local WordPress (publishing tests). scripts/test.mjs checks them first: where CI is
// set a missing one fails the run at once, with what to install; elsewhere its tests are skipped and the
// run says why. tests/wordpress/ uses the same check of the WordPress packages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const WORDPRESS_ROOT = '/usr/share/wordpress';

/** Programs the WordPress harness needs, from Debian's wordpress, mariadb-server, php-cli and php-mysql packages. */
const WORDPRESS_FILES = [
  '/usr/bin/php',
  '/usr/sbin/mariadbd',
  '/usr/bin/mariadb-install-db',
  '/usr/bin/mariadb-admin',
  '/usr/bin/mariadb',
  `${WORDPRESS_ROOT}/wp-load.php`,
];

/** PHP's xml extension (package php-xml), which WordPress's XML-RPC needs, for some PHP version. */
function phpXmlInstalled() {
  try {
    return readdirSync('/etc/php').some((version) => existsSync(`/etc/php/${version}/mods-available/xml.ini`));
  } catch {
    return false;
  }
}

/** What of the WordPress harness is missing here (empty: nothing). */
export function missingWordPressParts() {
  const missing = WORDPRESS_FILES.filter((file) => !existsSync(file));
  if (!phpXmlInstalled()) missing.push('the PHP xml extension');
  return missing;
}

/** The Chromium the browser tests use: CHROMIUM_PATH, else Debian's. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
}

/** Each thing the tests need from the machine, and whether it is missing. */
export function testDependencies() {
  const wordpress = missingWordPressParts();
  const chromium = chromiumPath();
  return [
    {
      name: 'Java',
      missing: spawnSync('java', ['-version']).status !== 0,
      detail: 'java is not on the PATH',
      needed: 'the Nu HTML Checker (the HTML checks of exported pages)',
      install: 'apt-get install -y openjdk-17-jre-headless',
    },
    {
      name: 'Chromium',
      missing: chromium === undefined || !existsSync(chromium),
      detail: chromium ? `no Chromium at ${chromium}` : 'no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)',
      needed: 'the browser end-to-end tests and PDF export',
      install: 'apt-get install -y chromium',
    },
    {
      name: 'WordPress',
      missing: wordpress.length > 0,
      detail: `missing ${wordpress.join(', ')}`,
      needed: 'the publishing tests against a real WordPress',
      install: 'apt-get install -y wordpress mariadb-server php-cli php-mysql php-xml',
    },
  ];
}
