"""JS interop: JS values as JsProxy objects, JS errors as JsException, and conversions of lists
and dicts (to_js, JsProxy.to_py). None, bools, ints, floats and strs cross as themselves (ints
beyond 2**53 as BigInt); other Python values reach JS as callable proxies, and a coroutine
becomes a Promise the running event loop settles. The operations are _js.op's
(vm-as/modules/js.ts), performed by the host (host/interop.ts)."""

import _hostevents
import _js

__all__ = ('JsProxy', 'JsException', 'to_js')


class JsException(Exception):
    """A JS error thrown into Python: str() is its message, .name its name ('TypeError')."""

    def __init__(self, message, name='Error'):
        super().__init__(message)
        self.name = name


class JsProxy(_js.JsRef):
    """A JS value: its properties as attributes, calls, new(), iteration, and await for thenables."""

    __slots__ = ()

    def __getattr__(self, name):
        try:
            return _js.op(_js.GET, self, name)
        except AttributeError:
            raise AttributeError(f'JS object has no attribute {name!r}') from None

    def __setattr__(self, name, value):
        _js.op(_js.SET, self, name, value)

    def __call__(self, *args):
        return _js.op(_js.CALL, self, *args)

    def new(self, *args):
        """`new` in JS: js.Date.new(2020, 0, 1)."""
        return _js.op(_js.NEW, self, *args)

    @property
    def typeof(self):
        return _js.op(_js.TYPEOF, self)

    def __getitem__(self, key):
        try:
            return _js.op(_js.GET, self, str(key))
        except AttributeError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _js.op(_js.SET, self, str(key), value)

    def __len__(self):
        return _js.op(_js.GET, self, 'length')

    def __bool__(self):
        return True

    def __iter__(self):
        return _iterate(_js.op(_js.ITER, self))

    def __eq__(self, other):
        return isinstance(other, JsProxy) and _js.op(_js.EQUALS, self, other)

    def __hash__(self):
        return _js.op(_js.IDENTITY, self)

    def __repr__(self):
        return _js.op(_js.STRING, self)

    def __await__(self):
        from asyncio import events
        future = events.get_running_loop().create_future()
        token = _js.op(_js.THEN, self)
        _hostevents.on_event(token, lambda: _settle_future(future, token))
        future.add_done_callback(lambda future: _forget_if_cancelled(future, token))
        return (yield from future.__await__())

    def to_py(self):
        """A deep copy as Python values: arrays become lists, plain objects dicts."""
        kind = _js.op(_js.KIND, self)
        if kind == 'array':
            return [_to_py(item) for item in self]
        if kind == 'object':
            return {key: _to_py(self[key]) for key in _js.op(_js.KEYS, self)}
        return self


def _to_py(value):
    return value.to_py() if isinstance(value, JsProxy) else value


def _iterate(iterator):
    while True:
        step = iterator.next()
        if step.done:
            return
        yield step.value


def _forget_if_cancelled(future, token):
    # The loop should not wait for a Promise nobody awaits any more.
    if future.cancelled():
        _hostevents.forget(token)


def _settle_future(future, token):
    try:
        value = _js.op(_js.SETTLED, token)
    except JsException as exc:
        if not future.cancelled():
            future.set_exception(exc)
        return
    if not future.cancelled():
        future.set_result(value)


def to_js(value):
    """A deep copy as JS values: lists and tuples become arrays, dicts plain objects."""
    if isinstance(value, (list, tuple)):
        return _js.op(_js.ARRAY, 0, *[to_js(item) for item in value])
    if isinstance(value, dict):
        pairs = []
        for key, item in value.items():
            pairs.append(str(key))
            pairs.append(to_js(item))
        return _js.op(_js.OBJECT, 0, *pairs)
    return value


def global_object():
    """The JS global object, when the embedder granted JS access (JsException otherwise)."""
    return _js.op(_js.GLOBAL, 0)


def registered_module(name):
    """The JS object the embedder registered as module `name`."""
    return _js.op(_js.REGISTERED, 0, name)


# ---- Python coroutines called from JS: Promises ----

# Coroutines JS started while no event loop ran, with their Promise's resolve and reject.
_detached = []


def _settle(coro, resolve, reject):
    """Runs coro as a task of the running loop, settling its Promise; False when no loop runs."""
    from asyncio import events
    loop = events._get_running_loop()
    if loop is None:
        _detached.append((coro, resolve, reject))
        return False
    loop.create_task(coro).add_done_callback(lambda task: _report(task, resolve, reject))
    return True


def _report(task, resolve, reject):
    if task.cancelled():
        reject('CancelledError', 'the task was cancelled')
        return
    exc = task.exception()
    if exc is None:
        resolve(task.result())
    else:
        import traceback
        reject(type(exc).__qualname__, ''.join(traceback.format_exception(exc)))


def run_detached():
    """Runs the coroutines JS started while no loop ran (the host calls it), on a loop of their own."""
    import asyncio

    async def drain():
        while _detached:
            tasks = []
            while _detached:
                coro, resolve, reject = _detached.pop(0)
                task = asyncio.get_running_loop().create_task(coro)
                task.add_done_callback(lambda task, resolve=resolve, reject=reject: _report(task, resolve, reject))
                tasks.append(task)
            await asyncio.wait(tasks)

    if _detached:
        asyncio.run(drain())


_js.set_types(JsProxy, JsException)
try:
    _js.op(_js.SETTLER, 0, _settle)
except JsException:
    pass  # a host without JS access: no Python coroutine will cross into JS
