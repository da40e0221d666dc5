"""asyncio.run and asyncio.Runner: a new loop for a coroutine, then the loop's orderly shutdown
(remaining tasks cancelled, asynchronous generators closed)."""

__all__ = ('Runner', 'run')

from . import coroutines
from . import events
from . import exceptions
from . import tasks

_NEW = 'created'
_READY = 'initialized'
_CLOSED = 'closed'


class Runner:
    """Runs coroutines in one loop, made on first use and closed by close() (or `with`)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _NEW
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != _READY:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == _CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state == _READY:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _READY


def run(main, *, debug=None):
    """Runs the coroutine in a new event loop and returns its result; closes the loop after."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    remaining = tasks.all_tasks(loop)
    if not remaining:
        return
    remaining = [task for task in tasks._pending_tasks if task in remaining]
    for task in remaining:
        task.cancel()
    loop.run_until_complete(tasks.gather(*remaining, return_exceptions=True))
    for task in remaining:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
