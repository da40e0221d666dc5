// The host side of the os module (vm-as/modules/os.ts): the working directory, directory
// listings, stat, making and removing directories, removing and renaming files,
// and the environment, as far as the embedder granted them.

import { OS_OP, RecordWriter } from './protocol.js';
import { FileError, type FileStatus, type HostFiles } from './files.js';
import type { Answer } from './modules.js';

/** What the os module may see: the file access and the environment variables granted. */
export interface OsGrants {
  files: HostFiles;
  environ: Record<string, string>;
}

/** Runs one OS_OP on `path`; answers through `answered`; a FileError becomes -errno. */
export function osCall(op: number, path: string, grants: OsGrants, answered: (a: Answer) => number): number {
  try {
    switch (op) {
      case OS_OP.GETCWD:
        return answered({ status: 0, record: new RecordWriter().str(grants.files.cwd()).finish() });
      case OS_OP.LISTDIR:
        return answerStrings(grants.files.list(path), answered);
      case OS_OP.ENVIRON:
        return answerStrings(Object.entries(grants.environ).flat(), answered);
      case OS_OP.STAT:
      case OS_OP.LSTAT:
        return answerStatus(grants.files.stat(path, op === OS_OP.STAT), answered);
      case OS_OP.FSTAT:
        return answerStatus(grants.files.fstat(Number(path)), answered);
      case OS_OP.MKDIR: {
        const [dir, mode] = path.split('\0');
        grants.files.mkdir(dir, Number(mode));
        return 0;
      }
      case OS_OP.RMDIR:
        grants.files.rmdir(path);
        return 0;
      case OS_OP.UNLINK:
        grants.files.unlink(path);
        return 0;
      case OS_OP.RENAME: {
        const [from, to] = path.split('\0');
        grants.files.rename(from, to);
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof FileError) return -err.errno;
    throw err;
  }
  throw new Error(`unknown os operation ${op}`);
}

function answerStrings(strings: string[], answered: (a: Answer) => number): number {
  const record = new RecordWriter();
  for (const s of strings) record.str(s);
  answered({ status: 0, record: record.finish() });
  return strings.length;
}

const STATUS_FIELDS = ['mode', 'ino', 'dev', 'nlink', 'uid', 'gid', 'size', 'atimeNs', 'mtimeNs', 'ctimeNs', 'blksize',
  'blocks', 'rdev'] as const;

function answerStatus(st: FileStatus, answered: (a: Answer) => number): number {
  return answerStrings(STATUS_FIELDS.map((field) => st[field].toString()), answered);
}
