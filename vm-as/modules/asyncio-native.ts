// The _asyncio module (CPython's Modules/_asynciomodule.c): the native Future and Task, and the
// registries of tasks — every loop's pending tasks (_pending_tasks: a dict used as an ordered
// set) and the task each loop is stepping (_current_tasks) — with current_task, _register_task,
// _unregister_task, _enter_task and _leave_task.
//
// Where CPython's C module imports from asyncio (the exception classes, get_event_loop, the
// reprs), lib/asyncio sets these names on this module when it is imported: asyncioHelper.

import { Value, NULL, NONE, ptrValue } from '../value';
import { raiseStr } from '../errors';
import { RuntimeError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from '../objects/strbuilder';
import { checkArgCount, checkNoKwargs, checkOneArg } from '../objects/args';
import { newDict, dictGet, dictSet, dictDelete, dictGetStr } from '../objects/dict';
import { newList } from '../objects/list';
import { moduleDict } from '../objects/module';
import { internJs } from '../intern';
import * as A from '../abstract';
import { arg, newNativeModule, addFunction, addValue, addType, keepModule } from './support';
import { setupFutureType, optionalKeyword } from '../objects/future';
import { setupFutureIterType } from '../objects/future-await';
import { setupTaskType } from '../objects/task';

// The names lib/asyncio sets on the module (asyncioHelper's argument indexes them).
export const H_CANCELLED_ERROR: i32 = 0;
export const H_INVALID_STATE_ERROR: i32 = 1;
export const H_GET_EVENT_LOOP: i32 = 2;
export const H_FUTURE_REPR: i32 = 3;
export const H_FUTURE_REPR_INFO: i32 = 4;
export const H_TASK_REPR_INFO: i32 = 5;
export const H_ISCOROUTINE: i32 = 6;
export const H_GET_RUNNING_LOOP: i32 = 7;
const HELPER_NAMES: StaticArray<string> = ['CancelledError', 'InvalidStateError', 'get_event_loop', '_future_repr',
  '_future_repr_info', '_task_repr_info', 'iscoroutine', 'get_running_loop'];
const helperNames = memory.data(8 * 4);

let made: usize = 0;
let pendingTasks: usize = 0;
let currentTasks: usize = 0;
let unretrieved: usize = 0;

/** The helper lib/asyncio gave (None when it has not: calling it raises TypeError). */
export function asyncioHelper(which: i32): Value {
  const v = dictGetStr(moduleDict(made), <usize>load<u32>(helperNames + (<usize>which << 2)));
  return v == NULL ? NONE : v;
}

/** The futures whose exception may never be retrieved (base_events reports them when the loop closes). */
export function unretrievedFutures(): usize {
  return unretrieved;
}

/** _pending_tasks[task] = None */
export function registerTask(task: Value): bool {
  return dictSet(pendingTasks, task, NONE) >= 0;
}

/** _pending_tasks.pop(task, None) */
export function unregisterTask(task: Value): void {
  if (dictGet(pendingTasks, task) != NULL) dictDelete(pendingTasks, task);
}

function raiseTaskMismatch(before: string, task: Value, middle: string, current: Value, after: string): bool {
  const sb = newBuilder();
  appendJs(sb, before);
  const taskRepr = A.reprOf(task);
  if (taskRepr == 0) return false;
  appendStr(sb, taskRepr);
  appendJs(sb, middle);
  const currentRepr = A.reprOf(current);
  if (currentRepr == 0) return false;
  appendStr(sb, currentRepr);
  appendJs(sb, after);
  raiseStr(RuntimeError, finishBuilder(sb));
  return false;
}

/** _enter_task(loop, task): false with RuntimeError when the loop is stepping another task. */
export function enterTask(loop: Value, task: Value): bool {
  const current = dictGet(currentTasks, loop);
  if (current != NULL && current != NONE) {
    return raiseTaskMismatch('Cannot enter into task ', task, ' while another task ', current, ' is being executed.');
  }
  return dictSet(currentTasks, loop, task) >= 0;
}

/** _leave_task(loop, task): false with RuntimeError when task is not the loop's current one. */
export function leaveTask(loop: Value, task: Value): bool {
  const current = dictGet(currentTasks, loop);
  if (current != task) {
    return raiseTaskMismatch('Leaving task ', task, ' does not match the current task ', current == NULL ? NONE : current, '.');
  }
  return dictDelete(currentTasks, loop) >= 0;
}

function fnCurrentTask(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkArgCount('current_task', nargs, 0, 1)) return NULL;
  let loop = nargs == 1 ? arg(args, 0) : optionalKeyword('current_task', 'loop', args, nargs, kwnames);
  if (loop == NULL) return NULL;
  if (loop == NONE) {
    loop = A.call0(asyncioHelper(H_GET_RUNNING_LOOP));
    if (loop == NULL) return NULL;
  }
  const task = dictGet(currentTasks, loop);
  return task == NULL ? NONE : task;
}

function fnRegisterTask(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('_register_task', nargs, kwnames)) return NULL;
  return registerTask(arg(args, 0)) ? NONE : NULL;
}

function fnUnregisterTask(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('_unregister_task', nargs, kwnames)) return NULL;
  unregisterTask(arg(args, 0));
  return NONE;
}

function fnEnterTask(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('_enter_task', kwnames) || !checkArgCount('_enter_task', nargs, 2, 2)) return NULL;
  return enterTask(arg(args, 0), arg(args, 1)) ? NONE : NULL;
}

function fnLeaveTask(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('_leave_task', kwnames) || !checkArgCount('_leave_task', nargs, 2, 2)) return NULL;
  return leaveTask(arg(args, 0), arg(args, 1)) ? NONE : NULL;
}

export function createAsyncioModule(): usize {
  if (made != 0) return made;
  for (let i = 0; i < HELPER_NAMES.length; i++) {
    store<u32>(helperNames + (<usize>i << 2), <u32>internJs(unchecked(HELPER_NAMES[i])));
  }
  const m = newNativeModule('_asyncio');
  made = m;
  pendingTasks = newDict();
  currentTasks = newDict();
  unretrieved = newList(0);
  addValue(m, '_pending_tasks', ptrValue(pendingTasks));
  addValue(m, '_current_tasks', ptrValue(currentTasks));
  addValue(m, '_unretrieved', ptrValue(unretrieved));
  addType(m, setupFutureType());
  addType(m, setupFutureIterType());
  addType(m, setupTaskType());
  addFunction(m, 'current_task', fnCurrentTask);
  addFunction(m, '_register_task', fnRegisterTask);
  addFunction(m, '_unregister_task', fnUnregisterTask);
  addFunction(m, '_enter_task', fnEnterTask);
  addFunction(m, '_leave_task', fnLeaveTask);
  return keepModule(m);
}
