// The _io module: the native file types (made at start-up in objects/fileio.ts) under their
// names, for lib/io.py to re-export. StringIO and BytesIO are written in Python in lib/io.py.

import { ptrValue, smallInt } from '../value';
import { textIOType, bufferedReaderType, bufferedWriterType, UnsupportedOperation } from '../objects/fileio';
import { newNativeModule, addValue, keepModule } from './support';

let made: usize = 0;

export function createIoModule(): usize {
  if (made != 0) return made;
  const m = newNativeModule('_io');
  addValue(m, 'TextIOWrapper', ptrValue(textIOType));
  addValue(m, 'BufferedReader', ptrValue(bufferedReaderType));
  addValue(m, 'BufferedWriter', ptrValue(bufferedWriterType));
  addValue(m, 'UnsupportedOperation', ptrValue(UnsupportedOperation));
  // CPython's buffer size; our files are read whole and written through, so it only informs.
  addValue(m, 'DEFAULT_BUFFER_SIZE', smallInt(8192));
  made = keepModule(m);
  return m;
}
