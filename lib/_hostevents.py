"""Waiting for the host's events (a settled JS Promise, socket data) without blocking the host.

The host hands out a token for each event Python may wait for (the js module's awaited Promises,
sockets); the code that asked keeps a callback under it with on_event(). wait() lets the host
run its own event loop for up to the time asked — the VM returns to the host and resumes when
the time is up or an event fired — then runs the callbacks of the events that fired. Where the
VM cannot return to the host (native code between it and the host), waiting blocks as
time.sleep does, and no event can fire meanwhile."""

import time

import _wasmpy

_callbacks = {}


def on_event(token, callback):
    """Calls callback() when the host event `token` fires (once)."""
    _callbacks[token] = callback


def forget(token):
    """Drops the callback of event `token` (its waiter gave up)."""
    _callbacks.pop(token, None)


def pending():
    """Whether some host event may still fire (a callback waits for it)."""
    return bool(_callbacks)


def host_may_call():
    """Whether JS holds Python callables: one may be called (and schedule work) while Python waits."""
    return _wasmpy.host_may_call()


def _return_to_host():
    # The VM returns to the host at this function's first safe point (its entry).
    pass


def wait(seconds):
    """Waits up to `seconds` (None: until an event fires) for host events, then runs their callbacks."""
    if _wasmpy.host_wait(seconds):
        _return_to_host()
    elif seconds is not None:
        time.sleep(seconds)
    else:
        raise RuntimeError('cannot wait for host events here: native code is running between '
                           'this code and the host')
    dispatch()


def dispatch():
    """Runs the callbacks of the host events that fired (without waiting)."""
    for token in _wasmpy.host_events():
        callback = _callbacks.pop(token, None)
        if callback is not None:
            callback()
