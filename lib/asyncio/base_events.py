"""The event loop: a FIFO ready queue of handles and a heap of timer handles, run as CPython's
asyncio runs them (each iteration moves the timers that are due to the ready queue, then runs
the handles that were ready when it began), so tasks interleave in the same order."""

__all__ = ('BaseEventLoop',)

import heapq
import sys

import _hostevents

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import clock

# Rebuild the timer heap when more than half of it (and more than this many) is cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# Never wait longer than a day at once (as CPython's selectors).
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop stops through the exception itself.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._clock = clock.new_clock()
        self._clock_resolution = clock.RESOLUTION

    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    # ---- futures and tasks ----

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro) if context is None else self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running ----

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Runs callbacks and tasks until stop() is called."""
        self._check_closed()
        self._check_running()
        old_hooks = sys.get_asyncgen_hooks()
        self._running = True
        try:
            events._set_running_loop(self)
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Runs until the future (or the coroutine, wrapped in a task) is done; returns its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # The caller cannot retrieve a task it never saw: don't warn about it.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception escapes with the loop's: mark it retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._report_abandoned()

    def _report_abandoned(self):
        """What CPython reports when the tasks and futures a closed loop drops are destroyed:
        tasks still pending, and exceptions nobody retrieved."""
        for task in tasks._take_pending(self):
            if task._log_destroy_pending:
                self.call_exception_handler({'task': task, 'message': 'Task was destroyed but it is pending!'})
        for fut in futures._take_unretrieved(self):
            self.call_exception_handler({
                'message': f'{fut.__class__.__name__} exception was never retrieved',
                'exception': fut._exception,
                'future': fut,
            })

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        """The loop's clock: monotonic seconds (virtual ones under --virtual-time)."""
        return self._clock.time()

    # ---- scheduling callbacks ----

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _call_soon(self, callback, args, context):
        """call_soon for futures and tasks: positional arguments, no debug checks."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: drop cancelled timers, wait for the first timer (or a host event) if
        nothing is ready, run the callbacks of the host events that fired, move the due timers to the ready queue, then run what is ready now (not what those
        callbacks schedule)."""
        scheduled = self._scheduled
        if (len(scheduled) > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count / len(scheduled) > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)._scheduled = False

        ready = self._ready
        waits_for_host = _hostevents.pending()
        if not ready and not self._stopping and (scheduled or waits_for_host):
            # Nothing to run: wait for the first timer (or, without one, for a host event).
            delay = scheduled[0]._when - self._clock.time() if scheduled else None
            if delay is None or delay > 0:
                self._clock.wait(None if delay is None else min(delay, _MAXIMUM_SELECT_TIMEOUT))
            elif waits_for_host:
                _hostevents.dispatch()
        elif waits_for_host:
            _hostevents.dispatch()
        if scheduled:
            end_time = self._clock.time() + self._clock_resolution
            while scheduled:
                handle = scheduled[0]
                if handle._when >= end_time:
                    break
                heapq.heappop(scheduled)
                handle._scheduled = False
                ready.append(handle)
        if not ready:
            if not scheduled and not self._stopping and not _hostevents.pending():
                if not _hostevents.host_may_call():
                    # CPython would wait forever for I/O; nothing here can wake this loop up.
                    raise RuntimeError('Event loop is idle for ever: no callback is ready and no timer or I/O '
                                       'can wake it (the tasks wait for each other or for a future nothing sets)')
                # JS holds Python callables: wait for it to call one.
                self._clock.wait(None)
            return

        # What the callbacks schedule goes to a fresh list, for the next iteration. This one is
        # reversed so that taking the next handle is a cheap pop() from its end.
        self._ready = []
        ready.reverse()
        pop = ready.pop
        try:
            while ready:
                handle = pop()
                if handle._cancelled:
                    continue
                if handle._context is not None:
                    handle._run()
                    continue
                # Handle._run, inlined: this runs every task step and callback.
                try:
                    handle._callback(*handle._args)
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
                    handle._report(exc)
        except BaseException:
            # SystemExit or KeyboardInterrupt stops the loop: what had not run stays ready, first.
            ready.reverse()
            self._ready[:0] = ready
            raise

    # ---- errors ----

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Logs the context as CPython's asyncio logger does (on sys.stderr)."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        _log_error('\n'.join(lines), context.get('exception'))

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _log_error('Exception in default exception handler', exc)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _log_error('Exception in default exception handler while handling an unexpected error in custom exception handler', exc)

    # ---- asynchronous generators ----

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            sys.stderr.write(f'asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call\n')
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes the asynchronous generators still suspended (asyncio.run does at its end)."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """No executor here: nothing to shut down."""


def _log_error(message, exc):
    """What logging's last-resort handler prints for logger.error(message, exc_info=exc)."""
    sys.stderr.write(message + '\n')
    if exc is not None:
        sys.stderr.flush()
        sys.excepthook(type(exc), exc, exc.__traceback__)
