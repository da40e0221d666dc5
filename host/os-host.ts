// The host side of the os module (vm-as/modules/os.ts): the working directory, directory
// listings, what a path is, and the environment, as far as the embedder granted them.

import { OS_OP, RecordWriter } from './protocol.js';
import { FileError, type HostFiles } from './files.js';
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
      case OS_OP.KIND: {
        const kind = grants.files.kind(path);
        return kind === 'file' ? 1 : kind === 'dir' ? 2 : 0;
      }
      case OS_OP.ENVIRON:
        return answerStrings(Object.entries(grants.environ).flat(), answered);
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
