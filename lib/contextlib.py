"""Utilities for with- and async with-statements, written for wasmpy: contextmanager and
asynccontextmanager, closing and aclosing, suppress, nullcontext, redirect_stdout and redirect_stderr,
ExitStack and AsyncExitStack."""

import abc
import sys

__all__ = [
    'asynccontextmanager', 'contextmanager', 'closing', 'aclosing', 'nullcontext', 'suppress',
    'AbstractContextManager', 'AbstractAsyncContextManager', 'ContextDecorator',
    'AsyncContextDecorator', 'ExitStack', 'AsyncExitStack', 'redirect_stdout', 'redirect_stderr',
]


def _copy_function_names(wrapper, wrapped):
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


class AbstractContextManager(abc.ABC):
    """A class with __enter__ (returning self by default) and an abstract __exit__."""
    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            import _collections_abc
            return _collections_abc._check_methods(C, '__enter__', '__exit__')
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """A class with __aenter__ (returning self by default) and an abstract __aexit__."""
    __slots__ = ()

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            import _collections_abc
            return _collections_abc._check_methods(C, '__aenter__', '__aexit__')
        return NotImplemented


class ContextDecorator:
    """Lets a context manager decorate a function: each call runs inside `with self`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_function_names(inner, func)


class AsyncContextDecorator:
    """Lets an async context manager decorate a coroutine function: each call runs inside `async with self`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_function_names(inner, func)


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)


def _exception_ends_generator(value, exc, traceback):
    """After throwing `value` into the generator, `exc` came out: is that just `value` again (the
    generator did not handle it; then it propagates from the with-statement as it was)?"""
    if exc is value:
        exc.__traceback__ = traceback
        return True
    # PEP 479: a StopIteration thrown in comes back as the RuntimeError caused by it.
    if isinstance(value, (StopIteration, StopAsyncIteration)) and isinstance(exc, RuntimeError) and exc.__cause__ is value:
        value.__traceback__ = traceback
        return True
    return False


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if _exception_ends_generator(value, exc, traceback):
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if _exception_ends_generator(value, exc, traceback):
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager: a generator function yielding once becomes a context manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_function_names(helper, func)


def asynccontextmanager(func):
    """@asynccontextmanager: an async generator function yielding once becomes an async context manager factory."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_function_names(helper, func)


class closing(AbstractContextManager):
    """`with closing(thing)`: calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(thing)`: awaits thing.aclose() at the end."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """`with suppress(E1, E2)`: exceptions of those types end the block quietly."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    """Points sys.<_stream> at new_target for the with block; reentrant (each entry restores its own)."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exc_type, exc_value, traceback):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends what is printed to sys.stdout in the with block to another file."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Sends what is written to sys.stderr in the with block to another file."""
    _stream = 'stderr'


class _BaseExitStack:
    """The callbacks of an exit stack, run last-in first-out."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new stack, which is returned; this one is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Adds a context manager's __exit__, or any callable with its signature."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._push_exit_callback(exit)
        else:
            self._push_exit_callback(exit_method.__get__(exit, type(exit)))
        return exit

    def enter_context(self, cm):
        """Enters a context manager and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_exit_callback(exit.__get__(cm, cls))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run at exit (it cannot suppress exceptions)."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(exit_wrapper)
        return callback

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Runs a dynamic number of context managers' exits and callbacks at the end of a with-statement."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = exc_details[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _chain_to(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            _raise_with_context(exc_details[1])
        return received_exc and suppressed

    def close(self):
        """Runs the exits and callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also takes async context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enters an async context manager and pushes its __aexit__; returns what __aenter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await enter(cm)
        self._push_exit_callback(exit.__get__(cm, cls), False)
        return result

    def push_async_exit(self, exit):
        """Adds an async context manager's __aexit__, or a coroutine function with its signature."""
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(exit_method.__get__(exit, type(exit)), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers the coroutine function callback(*args, **kwds) to be awaited at exit."""
        async def exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(exit_wrapper, False)
        return callback

    async def aclose(self):
        """Runs the exits and callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = exc_details[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _chain_to(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            _raise_with_context(exc_details[1])
        return received_exc and suppressed


def _chain_to(new_exc, old_exc, frame_exc):
    """An exit raised new_exc while old_exc was propagating: old_exc becomes the context at the
    end of new_exc's chain (instead of whatever the exit's own handling left there)."""
    if old_exc is None:
        return
    exc = new_exc
    while True:
        context = exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        exc = context
    exc.__context__ = old_exc


def _raise_with_context(exc):
    """Re-raises exc keeping the __context__ the exits gave it (raise would replace it)."""
    fixed_context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = fixed_context
        raise
