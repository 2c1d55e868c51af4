/**
 * The sandbox's state file on disk. It holds every account's Auth Token and API key secrets, so it is
 * handled as a secret: written 0600 through a temporary file with a random name, created exclusively and
 * never through a symbolic link, then renamed over the old file (a crash mid-write leaves the old one
 * whole). A lock file beside it, created exclusively and holding the pid, keeps a second instance from
 * writing the same file; a lock whose process is gone is taken over.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** O_NOFOLLOW where the platform has it (not on Windows, where links need privileges to make). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
const OWNER_ONLY = 0o600;

export type StateFileLog = (level: 'info' | 'warn', line: string) => void;

export interface StateFile {
  /** The file's text, and whether it may be written; `undefined` when there is no file yet. */
  read(): Promise<{ text: string; readOnly: boolean } | undefined>;
  /** Replaces the file with `text`; does nothing once `read()` found the file read-only. */
  save(text: string): Promise<void>;
  /** Gives the lock up. */
  release(): Promise<void>;
}

/**
 * Locks `file` for this process, removes what earlier runs left of its temporaries, and returns the file.
 * Throws, in one line naming the file, when another instance holds it or a link sits where the lock goes.
 */
export async function openStateFile(file: string, log: StateFileLog): Promise<StateFile> {
  const folder = dirname(file);
  const lockFile = `${file}.lock`;
  await mkdir(folder, { recursive: true });
  await acquireLock(file, lockFile, log);
  let readOnly = false;
  try {
    await removeStaleTemporaries(file, log);
  } catch (error) {
    await rm(lockFile, { force: true });
    throw error;
  }

  return {
    async read() {
      let handle;
      try {
        handle = await open(file, constants.O_RDONLY | NO_FOLLOW);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return undefined;
        if (code === 'ELOOP') throw new Error(`The state file ${file} is a symbolic link; it holds credentials, so it is never read or written through a link: pass the file's real path`);
        throw new Error(`Cannot read the state file ${file}: ${(error as Error).message}`);
      }
      try {
        const stats = await handle.stat();
        if (!stats.isFile()) throw new Error(`The state file ${file} is not a regular file`);
        // No write permission bit is the owner saying "do not change this", which root would otherwise ignore.
        readOnly = (stats.mode & 0o222) === 0 || !(await access(file, constants.W_OK).then(() => true, () => false));
        return { text: await handle.readFile('utf8'), readOnly };
      } finally {
        await handle.close();
      }
    },
    async save(text) {
      if (readOnly) return;
      const temporary = join(folder, `.${basename(file)}.${randomBytes(16).toString('hex')}.tmp`);
      try {
        const handle = await open(temporary, CREATE_EXCLUSIVE, OWNER_ONLY);
        try {
          await handle.writeFile(text);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw new Error(`Cannot save the state file ${file}: ${(error as Error).message}`, { cause: error });
      }
    },
    async release() {
      if ((await lockHolder(lockFile).catch(() => undefined)) === process.pid) await rm(lockFile, { force: true });
    },
  };
}

async function acquireLock(file: string, lockFile: string, log: StateFileLog): Promise<void> {
  let staleHolder: number | undefined;
  // Twice at most: once, and once more after removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, CREATE_EXCLUSIVE, OWNER_ONLY);
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      if (staleHolder !== undefined) log('warn', `state file ${file}: took over the stale lock ${lockFile} of pid ${staleHolder}, which no longer runs`);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`Cannot lock the state file ${file} (${lockFile}): ${(error as Error).message}`);
    }
    const holder = await lockHolder(lockFile).catch((error: Error) => {
      throw new Error(`Cannot lock the state file ${file}: ${error.message}`);
    });
    if (holder === undefined) {
      throw new Error(`The state file ${file} is locked by ${lockFile}, which names no process; remove it if no other instance uses the file`);
    }
    if (isRunning(holder)) {
      throw new Error(`The state file ${file} is being written by another instance (pid ${holder}, lock ${lockFile}); stop it or use another state file`);
    }
    staleHolder = holder;
    await rm(lockFile, { force: true });
  }
  throw new Error(`The state file ${file} was locked again by another instance while this one took over a stale lock`);
}

/** The pid a lock file holds; `undefined` when it holds none. Never reads through a link. */
async function lockHolder(lockFile: string): Promise<number | undefined> {
  let handle;
  try {
    handle = await open(lockFile, constants.O_RDONLY | NO_FOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new Error(`${lockFile} is a symbolic link, not a lock this mock made; remove it`);
    throw error;
  }
  try {
    const text = (await handle.readFile('utf8')).trim();
    return /^\d{1,10}$/.test(text) ? Number(text) : undefined;
  } finally {
    await handle.close();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temporaries this file's earlier runs left behind after a crash: `.<name>.<random hex>.tmp`, and the
 * `.<name>.<pid>.<n>.tmp` of versions before the names were random. The lock is held, so none is in use.
 */
async function removeStaleTemporaries(file: string, log: StateFileLog): Promise<void> {
  const folder = dirname(file);
  const name = basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const temporary = new RegExp(`^\\.${name}\\.(?:[0-9a-f]+|\\d+\\.\\d+)\\.tmp$`);
  const stale = (await readdir(folder)).filter((entry) => temporary.test(entry));
  if (stale.length === 0) return;
  // rm removes a link itself, never what it points to.
  for (const entry of stale) await rm(join(folder, entry), { force: true });
  log('info', `state file ${file}: removed ${stale.length} stale temporary file${stale.length === 1 ? '' : 's'} in ${folder} (${stale.join(', ')})`);
}
