"""The loop's clock. Real time: time.monotonic, and waiting lets the host run its own event loop
meanwhile (_hostevents: a JS Promise the program awaits can settle, other JS timers run); where
the host runs the program synchronously (the command line) it simply blocks. Virtual time
(`wasmpy --virtual-time`): the clock stands still while callbacks run and jumps to the next
timer instead of waiting, so timers fire in the same order without taking any time.

wait(None) waits until a host event fires (the loop has nothing else to wait for)."""

import time

import _hostevents
import _wasmpy

# time.get_clock_info('monotonic').resolution on Linux.
RESOLUTION = 1e-09


class RealClock:
    def time(self):
        return time.monotonic()

    def wait(self, seconds):
        _hostevents.wait(seconds)


class VirtualClock:
    def __init__(self):
        self._now = time.monotonic()

    def time(self):
        return self._now

    def wait(self, seconds):
        if seconds is None:
            _hostevents.wait(None)
        else:
            self._now += seconds
            _hostevents.dispatch()


def new_clock():
    return VirtualClock() if _wasmpy.virtual_time() else RealClock()
