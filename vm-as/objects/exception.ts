// BaseException and the builtin exception hierarchy of CPython 3.11.
//
// Layout (kind KIND_EXCEPTION):
//   +8  u64 args            tuple
//   +16 u64 traceback       traceback object or None
//   +24 u64 context         __context__ or None
//   +32 u64 cause           __cause__ or None
//   +40 u32 flags           EXC_SUPPRESS_CONTEXT
//   +44 u32 dict            instance __dict__ (0 until needed)
//   +48 u64 value           StopIteration.value, SystemExit.code, … (the subclass's main attribute)
//   +56 u64 notes           __notes__ list or NULL

import { alloc } from '../heap';
import { KIND_EXCEPTION } from '../object';
import { Value, NONE, NULL, ptrValue } from '../value';
import { newTuple, tupleSet, emptyTuple } from './tuple';
import { newBuiltinType } from '../typesetup';
import { TPFLAG_EXCEPTION, TPFLAG_BASETYPE, TPFLAG_HAS_DICT } from '../types';

export const EXC_ARGS: usize = 8;
export const EXC_TRACEBACK: usize = 16;
export const EXC_CONTEXT: usize = 24;
export const EXC_CAUSE: usize = 32;
export const EXC_FLAGS: usize = 40;
export const EXC_DICT: usize = 44;
export const EXC_VALUE: usize = 48;
export const EXC_NOTES: usize = 56;
export const EXCEPTION_SIZE: usize = 64;

export const EXC_SUPPRESS_CONTEXT: u32 = 1;

/** An exception instance of `type` with args (arg,), or () when arg is NULL. */
export function newException(type: usize, arg: Value): usize {
  let args = emptyTuple;
  if (arg != NULL) {
    args = newTuple(1);
    tupleSet(args, 0, arg);
  }
  return newExceptionWithArgs(type, args);
}

export function newExceptionWithArgs(type: usize, args: usize): usize {
  const e = alloc(EXCEPTION_SIZE, type, KIND_EXCEPTION);
  store<u64>(e + EXC_ARGS, ptrValue(args));
  store<u64>(e + EXC_TRACEBACK, NONE);
  store<u64>(e + EXC_CONTEXT, NONE);
  store<u64>(e + EXC_CAUSE, NONE);
  store<u64>(e + EXC_VALUE, NONE);
  store<u64>(e + EXC_NOTES, NULL);
  return e;
}

/** Sets __context__, refusing to create a cycle (as CPython's _PyErr_SetObject does). */
export function setExceptionContext(exc: usize, context: Value): void {
  let c = context;
  while (c != NONE) {
    const cp = <usize>(<u32>c);
    if (cp == exc) return;
    c = load<u64>(cp + EXC_CONTEXT);
  }
  store<u64>(exc + EXC_CONTEXT, context);
}

export let BaseException: usize = 0;
export let BaseExceptionGroup: usize = 0;
export let GeneratorExit: usize = 0;
export let KeyboardInterrupt: usize = 0;
export let SystemExit: usize = 0;
export let Exception: usize = 0;
export let ArithmeticError: usize = 0;
export let FloatingPointError: usize = 0;
export let OverflowError: usize = 0;
export let ZeroDivisionError: usize = 0;
export let AssertionError: usize = 0;
export let AttributeError: usize = 0;
export let BufferError: usize = 0;
export let EOFError: usize = 0;
export let ExceptionGroup: usize = 0;
export let ImportError: usize = 0;
export let ModuleNotFoundError: usize = 0;
export let LookupError: usize = 0;
export let IndexError: usize = 0;
export let KeyError: usize = 0;
export let MemoryError: usize = 0;
export let NameError: usize = 0;
export let UnboundLocalError: usize = 0;
export let OSError: usize = 0;
export let BlockingIOError: usize = 0;
export let ChildProcessError: usize = 0;
export let ConnectionError: usize = 0;
export let BrokenPipeError: usize = 0;
export let ConnectionAbortedError: usize = 0;
export let ConnectionRefusedError: usize = 0;
export let ConnectionResetError: usize = 0;
export let FileExistsError: usize = 0;
export let FileNotFoundError: usize = 0;
export let InterruptedError: usize = 0;
export let IsADirectoryError: usize = 0;
export let NotADirectoryError: usize = 0;
export let PermissionError: usize = 0;
export let ProcessLookupError: usize = 0;
export let TimeoutError: usize = 0;
export let ReferenceError: usize = 0;
export let RuntimeError: usize = 0;
export let NotImplementedError: usize = 0;
export let RecursionError: usize = 0;
export let StopAsyncIteration: usize = 0;
export let StopIteration: usize = 0;
export let SyntaxError: usize = 0;
export let IndentationError: usize = 0;
export let TabError: usize = 0;
export let SystemError: usize = 0;
export let TypeError: usize = 0;
export let ValueError: usize = 0;
export let UnicodeError: usize = 0;
export let UnicodeDecodeError: usize = 0;
export let UnicodeEncodeError: usize = 0;
export let UnicodeTranslateError: usize = 0;
export let Warning: usize = 0;
export let BytesWarning: usize = 0;
export let DeprecationWarning: usize = 0;
export let EncodingWarning: usize = 0;
export let FutureWarning: usize = 0;
export let ImportWarning: usize = 0;
export let PendingDeprecationWarning: usize = 0;
export let ResourceWarning: usize = 0;
export let RuntimeWarning: usize = 0;
export let SyntaxWarning: usize = 0;
export let UnicodeWarning: usize = 0;
export let UserWarning: usize = 0;

function exc(name: string, base: usize): usize {
  return newBuiltinType(name, base, KIND_EXCEPTION, TPFLAG_EXCEPTION | TPFLAG_BASETYPE | TPFLAG_HAS_DICT);
}

/** Creates the hierarchy; run once at start-up after the core types exist. */
export function initExceptionTypes(objectType: usize, setupBase: () => void): void {
  BaseException = exc('BaseException', objectType);
  setupBase();
  BaseExceptionGroup = exc('BaseExceptionGroup', BaseException);
  GeneratorExit = exc('GeneratorExit', BaseException);
  KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
  SystemExit = exc('SystemExit', BaseException);
  Exception = exc('Exception', BaseException);
  ArithmeticError = exc('ArithmeticError', Exception);
  FloatingPointError = exc('FloatingPointError', ArithmeticError);
  OverflowError = exc('OverflowError', ArithmeticError);
  ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
  AssertionError = exc('AssertionError', Exception);
  AttributeError = exc('AttributeError', Exception);
  BufferError = exc('BufferError', Exception);
  EOFError = exc('EOFError', Exception);
  ExceptionGroup = exc('ExceptionGroup', BaseExceptionGroup);
  ImportError = exc('ImportError', Exception);
  ModuleNotFoundError = exc('ModuleNotFoundError', ImportError);
  LookupError = exc('LookupError', Exception);
  IndexError = exc('IndexError', LookupError);
  KeyError = exc('KeyError', LookupError);
  MemoryError = exc('MemoryError', Exception);
  NameError = exc('NameError', Exception);
  UnboundLocalError = exc('UnboundLocalError', NameError);
  OSError = exc('OSError', Exception);
  BlockingIOError = exc('BlockingIOError', OSError);
  ChildProcessError = exc('ChildProcessError', OSError);
  ConnectionError = exc('ConnectionError', OSError);
  BrokenPipeError = exc('BrokenPipeError', ConnectionError);
  ConnectionAbortedError = exc('ConnectionAbortedError', ConnectionError);
  ConnectionRefusedError = exc('ConnectionRefusedError', ConnectionError);
  ConnectionResetError = exc('ConnectionResetError', ConnectionError);
  FileExistsError = exc('FileExistsError', OSError);
  FileNotFoundError = exc('FileNotFoundError', OSError);
  InterruptedError = exc('InterruptedError', OSError);
  IsADirectoryError = exc('IsADirectoryError', OSError);
  NotADirectoryError = exc('NotADirectoryError', OSError);
  PermissionError = exc('PermissionError', OSError);
  ProcessLookupError = exc('ProcessLookupError', OSError);
  TimeoutError = exc('TimeoutError', OSError);
  ReferenceError = exc('ReferenceError', Exception);
  RuntimeError = exc('RuntimeError', Exception);
  NotImplementedError = exc('NotImplementedError', RuntimeError);
  RecursionError = exc('RecursionError', RuntimeError);
  StopAsyncIteration = exc('StopAsyncIteration', Exception);
  StopIteration = exc('StopIteration', Exception);
  SyntaxError = exc('SyntaxError', Exception);
  IndentationError = exc('IndentationError', SyntaxError);
  TabError = exc('TabError', IndentationError);
  SystemError = exc('SystemError', Exception);
  TypeError = exc('TypeError', Exception);
  ValueError = exc('ValueError', Exception);
  UnicodeError = exc('UnicodeError', ValueError);
  UnicodeDecodeError = exc('UnicodeDecodeError', UnicodeError);
  UnicodeEncodeError = exc('UnicodeEncodeError', UnicodeError);
  UnicodeTranslateError = exc('UnicodeTranslateError', UnicodeError);
  Warning = exc('Warning', Exception);
  BytesWarning = exc('BytesWarning', Warning);
  DeprecationWarning = exc('DeprecationWarning', Warning);
  EncodingWarning = exc('EncodingWarning', Warning);
  FutureWarning = exc('FutureWarning', Warning);
  ImportWarning = exc('ImportWarning', Warning);
  PendingDeprecationWarning = exc('PendingDeprecationWarning', Warning);
  ResourceWarning = exc('ResourceWarning', Warning);
  RuntimeWarning = exc('RuntimeWarning', Warning);
  SyntaxWarning = exc('SyntaxWarning', Warning);
  UnicodeWarning = exc('UnicodeWarning', Warning);
  UserWarning = exc('UserWarning', Warning);
}
