import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { missingWordPressParts } from '../../scripts/test-dependencies.mjs';

const run = promisify(execFile);
const PHP_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'php');
const WORDPRESS_ROOT = '/usr/share/wordpress';
const DISPATCHER = '/etc/wordpress/config-briefdesk-test.php';

/** A running throwaway WordPress and the credentials made for it. */
export interface WordPressSite {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  adminUser: string;
  /** Application password of the administrator. */
  appPassword: string;
  /** A second user (role "editor"), to change posts as a colleague would. */
  otherUser: string;
  otherAppPassword: string;
  otherUserId: number;
  /** The site's temp folder (database, wp-content, configuration, logs, the web server's pid file). */
  dir: string;
  /** Stops the web server and the database (their whole process groups) and removes the site's folder. */
  stop: () => Promise<void>;
}

/** The site's details without `stop`, as handed from a global setup to the tests. */
export type WordPressSiteInfo = Omit<WordPressSite, 'stop'>;

/** Why a WordPress test site cannot be started here (a missing package), or null. */
export function missingWordPressPackages(): string | null {
  const missing = missingWordPressParts();
  if (missing.length === 0) return null;
  return (
    `The WordPress tests need a local WordPress: missing ${missing.join(', ')}. ` +
    'Install the Debian packages with `apt-get install -y wordpress mariadb-server php-cli php-mysql php-xml` ' +
    '(.ci/run does this), or set BRIEFDESK_SKIP_WORDPRESS=1 to skip these tests on this machine.'
  );
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 50 ms until it returns true; throws `message` (with `detail()`) after `limitMs`. */
async function waitFor(check: () => Promise<boolean>, limitMs: number, message: string, detail: () => Promise<string>): Promise<void> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(50);
  }
  throw new Error(`${message}\n${await detail()}`);
}

/** A process in its own session (setsid), its output going to `logFile`. */
function spawnGroup(command: string, args: string[], logFile: string, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', log, log], env });
  child.unref();
  return child;
}

/** Ends a process group (its leader's pid): SIGTERM, then SIGKILL if it is still there after a second. */
async function killGroup(pgid: number | undefined): Promise<void> {
  if (pgid === undefined) return;
  const alive = (): boolean => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(-pgid, 'SIGTERM');
  for (let waited = 0; waited < 1000 && alive(); waited += 50) await sleep(50);
  if (alive()) process.kill(-pgid, 'SIGKILL');
  for (let waited = 0; waited < 5000 && alive(); waited += 50) await sleep(50);
}

/** Where a site's web server writes its process group id (a restarted server replaces it). */
const webPidFile = (dir: string): string => path.join(dir, 'php.pid');

/** The process group of the site's web server now running, from its pid file; undefined when none was started. */
async function webGroup(dir: string): Promise<number | undefined> {
  const text = await readFile(webPidFile(dir), 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Starts the site's web server (`php -S` with four workers) on its port, in
 * its own process group, records that group in the pid file, and waits until
 * WordPress answers. The same folder and port each time: same data, same address.
 */
async function launchWebServer(dir: string, url: string): Promise<void> {
  const webLog = path.join(dir, 'php.log');
  const web = spawnGroup('php', ['-S', new URL(url).host, '-t', WORDPRESS_ROOT, path.join(PHP_DIR, 'router.php')], webLog, {
    ...process.env,
    PHP_CLI_SERVER_WORKERS: '4',
    BRIEFDESK_WP_SITE_CONFIG: path.join(dir, 'site-config.php'),
    BRIEFDESK_WP_CONTENT_DIR: path.join(dir, 'wp-content'),
  });
  if (web.pid !== undefined) await writeFile(webPidFile(dir), String(web.pid));
  await waitFor(
    async () => (await fetch(`${url}/?rest_route=/`)).ok,
    30_000,
    'The WordPress test site did not answer.',
    () => readLog(webLog),
  );
}

/**
 * Stops the site's web server — the whole process group of `php -S` and its
 * workers — while MariaDB keeps running: the site cannot be reached until
 * `restartWebServer`. Works from any process (the tests' workers too): the
 * group is read from the site's pid file.
 */
export async function stopWebServer(site: Pick<WordPressSiteInfo, 'dir'>): Promise<void> {
  await killGroup(await webGroup(site.dir));
}

/** True while the site's web server runs (its process group is there). */
export async function webServerRunning(site: Pick<WordPressSiteInfo, 'dir'>): Promise<boolean> {
  const pgid = await webGroup(site.dir);
  if (pgid === undefined) return false;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the site's web server again on the same port and data (after `stopWebServer`); waits until WordPress answers. */
export async function restartWebServer(site: Pick<WordPressSiteInfo, 'dir' | 'url'>): Promise<void> {
  if (await webServerRunning(site)) return;
  await launchWebServer(site.dir, site.url);
}

const readLog = async (file: string): Promise<string> => (await readFile(file, 'utf8').catch(() => '')).slice(-2000);

/** The dispatcher Debian's wp-config.php loads for our sites (written once, the same for every site). */
async function ensureDispatcher(): Promise<void> {
  const wanted = await readFile(path.join(PHP_DIR, 'config-dispatch.php'), 'utf8');
  const present = await readFile(DISPATCHER, 'utf8').catch(() => null);
  if (present === wanted) return;
  try {
    await writeFile(DISPATCHER, wanted);
  } catch (error) {
    throw new Error(
      `Cannot write ${DISPATCHER}, which Debian's WordPress needs to find the test site's configuration (run as root?): ${String(error)}`,
      { cause: error },
    );
  }
}

function siteConfig(options: { port: number; socket: string; contentDir: string }): string {
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  const origin = `http://127.0.0.1:${options.port}`;
  const define = (name: string, value: string | boolean): string =>
    `define('${name}', ${typeof value === 'boolean' ? String(value) : `'${value.replace(/[\\']/g, '\\$&')}'`});`;
  return [
    '<?php',
    define('DB_NAME', 'wordpress'),
    define('DB_USER', 'wordpress'),
    define('DB_PASSWORD', 'wordpress'),
    define('DB_HOST', `localhost:${options.socket}`),
    define('DB_CHARSET', 'utf8mb4'),
    ...salts.map((salt) => define(salt, `${salt}-${Math.random().toString(36).slice(2)}`)),
    define('WP_HOME', origin),
    define('WP_SITEURL', origin),
    define('WP_CONTENT_DIR', options.contentDir),
    define('WP_CONTENT_URL', `${origin}/wp-content`),
    // Without it WordPress ignores application passwords over plain http.
    define('WP_ENVIRONMENT_TYPE', 'local'),
    define('WP_HTTP_BLOCK_EXTERNAL', true),
    define('DISABLE_WP_CRON', true),
    define('AUTOMATIC_UPDATER_DISABLED', true),
    define('WP_DEBUG', false),
    '',
  ].join('\n');
}

/**
 * Starts a throwaway WordPress on 127.0.0.1 (a free port): its own MariaDB
 * data dir and socket (no TCP) in a temp folder, `php -S` with four workers,
 * both in their own process group. Installs the site with an administrator
 * and an editor, each with an application password. Throws with a clear
 * message when the Debian packages are missing.
 */
export async function startWordPressSite(options: { adminUser?: string; otherUser?: string } = {}): Promise<WordPressSite> {
  const missing = missingWordPressPackages();
  if (missing) throw new Error(missing);
  const adminUser = options.adminUser ?? 'chief';
  const otherUser = options.otherUser ?? 'colleague';
  const dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-wp-'));
  const dataDir = path.join(dir, 'db');
  const socket = path.join(dir, 'mysql.sock');
  const contentDir = path.join(dir, 'wp-content');
  const configFile = path.join(dir, 'site-config.php');
  const dbLog = path.join(dir, 'mariadb.log');
  let database: ChildProcess | null = null;
  const stop = async (): Promise<void> => {
    await killGroup(await webGroup(dir));
    await killGroup(database?.pid);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await mkdir(dataDir);
    await run('mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ]);
    database = spawnGroup(
      'mariadbd',
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${path.join(dir, 'mariadb.pid')}`,
        `--log-error=${dbLog}`,
      ],
      dbLog,
    );
    await waitFor(
      async () => (await run('mariadb-admin', ['--no-defaults', `--socket=${socket}`, 'ping'])).stdout.includes('alive'),
      30_000,
      'MariaDB did not start.',
      () => readLog(dbLog),
    );
    await run('mariadb', [
      '--no-defaults',
      `--socket=${socket}`,
      '-e',
      "CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
    ]);
    await cp('/var/lib/wordpress/wp-content', contentDir, { recursive: true, verbatimSymlinks: true });
    await mkdir(path.join(contentDir, 'uploads'), { recursive: true });
    // The posts' footnotes meta of WordPress 6.3+, on request (php/footnotes-meta.php).
    await mkdir(path.join(contentDir, 'mu-plugins'), { recursive: true });
    await cp(path.join(PHP_DIR, 'footnotes-meta.php'), path.join(contentDir, 'mu-plugins', 'footnotes-meta.php'));
    const port = await freePort();
    await writeFile(configFile, siteConfig({ port, socket, contentDir }));
    await ensureDispatcher();
    const installed = await run('php', [path.join(PHP_DIR, 'install.php'), configFile, adminUser, otherUser, 'editor']);
    const credentials = JSON.parse(installed.stdout.trim().split('\n').pop() ?? '') as {
      adminAppPassword: string;
      otherAppPassword: string;
      otherUserId: number;
    };
    const url = `http://127.0.0.1:${port}`;
    await launchWebServer(dir, url);
    return {
      url,
      adminUser,
      appPassword: credentials.adminAppPassword,
      otherUser,
      otherAppPassword: credentials.otherAppPassword,
      otherUserId: credentials.otherUserId,
      dir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
