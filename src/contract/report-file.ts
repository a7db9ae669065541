/**
 * The `--junit FILE` of the contract commands: checked before anything runs, so a path that cannot be
 * written is a clear message at once (exit 2), not a lost report after a long run. Missing folders
 * are created one level at a time: Node's recursive mkdir spins for ever where mkdir answers ENOENT
 * for a reason other than a missing parent (under /proc, say).
 */
import { mkdir, open, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export class ReportFileError extends Error {}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'a read-only file system',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
  };
  return (code && words[code]) ?? (error as Error).message;
}

async function ensureFolder(folder: string): Promise<void> {
  let found;
  try {
    found = await stat(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (found) {
    if (!found.isDirectory()) throw Object.assign(new Error(`${folder} is a file`), { code: 'ENOTDIR' });
    return;
  }
  const parent = dirname(folder);
  if (parent === folder) throw Object.assign(new Error('no root folder'), { code: 'ENOENT' });
  await ensureFolder(parent);
  try {
    await mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Makes sure `file` can be written (creating its folders); leaves no file behind that was not there. */
export async function prepareReportFile(file: string): Promise<void> {
  const path = resolve(file);
  try {
    await ensureFolder(dirname(path));
    const existed = await stat(path).then(
      (s) => {
        if (s.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
        return true;
      },
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await (await open(path, 'a')).close();
    if (!existed) await unlink(path);
  } catch (error) {
    throw new ReportFileError(`cannot write the report to ${file}: ${reason(error)}`);
  }
}

export async function writeReportFile(file: string, text: string): Promise<void> {
  try {
    await ensureFolder(dirname(resolve(file)));
    await writeFile(file, text);
  } catch (error) {
    throw new ReportFileError(`cannot write the report to ${file}: ${reason(error)}`);
  }
}
