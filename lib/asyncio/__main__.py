"""The asyncio REPL (`wasmpy -m asyncio`, as `python3 -m asyncio`): inputs may await at top
level, each runs inside the event loop (so create_task works there), and the loop goes on
running tasks and timers between prompts. The prompt itself is the host's (host/repl.ts): it
calls run_input for each input and run_ready while it waits for the next line."""

import inspect
import sys

from . import events
from . import futures

# ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
_ALLOW_TOP_LEVEL_AWAIT = 0x2000

loop = events.new_event_loop()
events.set_event_loop(loop)


def run_input(source, namespace):
    """Runs one input (compiled as CPython's asyncio REPL compiles it) until it is done, a
    coroutine if it awaits; shows its traceback if it fails."""
    code = compile(source, '<console>', 'single', flags=_ALLOW_TOP_LEVEL_AWAIT)
    done = loop.create_future()

    def start():
        try:
            result = eval(code, namespace)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            done.set_exception(exc)
            return
        if not inspect.iscoroutine(result):
            done.set_result(result)
            return
        task = loop.create_task(result)
        task.add_done_callback(lambda task: _copy_outcome(task, done))

    loop.call_soon(start)
    try:
        loop.run_until_complete(done)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        _show_traceback(exc)


def _copy_outcome(task, done):
    if task.cancelled():
        done.cancel()
    elif task.exception() is not None:
        done.set_exception(task.exception())
    else:
        done.set_result(task.result())


def _show_traceback(exc):
    """The traceback from the input's own frame on, as the REPL shows it."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != '<console>':
        tb = tb.tb_next
    if tb is not None:
        exc.with_traceback(tb)
    sys.excepthook(type(exc), exc, exc.__traceback__)


def run_ready():
    """Runs what is ready now (and the timers that are due), without waiting; answers how many
    seconds until the next timer is due (0: more is ready now), or None when nothing is scheduled."""
    if loop._ready or loop._scheduled:
        loop.stop()
        loop.run_forever()
    if loop._ready:
        return 0
    if loop._scheduled:
        return max(0, loop._scheduled[0].when() - loop.time())
    return None
