"""The loop's clock. Real time: time.monotonic, and waiting blocks the host (Node can). Virtual
time (`wasmpy --virtual-time`): the clock stands still while callbacks run and jumps to the next
timer instead of waiting, so timers fire in the same order without taking any time."""

import time

import _wasmpy

# time.get_clock_info('monotonic').resolution on Linux.
RESOLUTION = 1e-09


class RealClock:
    def time(self):
        return time.monotonic()

    def wait(self, seconds):
        time.sleep(seconds)


class VirtualClock:
    def __init__(self):
        self._now = time.monotonic()

    def time(self):
        return self._now

    def wait(self, seconds):
        self._now += seconds


def new_clock():
    return VirtualClock() if _wasmpy.virtual_time() else RealClock()
