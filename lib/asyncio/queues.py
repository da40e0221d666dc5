"""asyncio's queues: FIFO, priority and LIFO, with put() waiting while full, get() waiting
while empty (waiters woken first come, first served) and join()/task_done()."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import heapq

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue for coroutines; maxsize <= 0 means unbounded."""

    # Lists rather than deques: list operations are native here, deque's are Python code. The
    # FIFO storage is a ring buffer: a list of _capacity slots whose items start at _head and wrap
    # round (it doubles when full), as indexing costs less than calling list methods.
    # _size counts the items (put_nowait and get_nowait keep it): reading it costs less than len().
    _ring = False

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._size = 0
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # The storage, which subclasses change.
    def _init(self, maxsize):
        self._capacity = 16
        self._queue = [None] * self._capacity
        self._head = 0
        self._ring = True

    def _get(self):
        queue = self._queue
        head = self._head
        item = queue[head]
        queue[head] = None
        head += 1
        self._head = 0 if head == self._capacity else head
        return item

    def _put(self, item):
        # (put_nowait counts the item in after this.)
        size = self._size
        if size == self._capacity:
            self._grow()
        tail = self._head + size
        if tail >= self._capacity:
            tail -= self._capacity
        self._queue[tail] = item

    def _grow(self):
        queue = self._queue
        head = self._head
        self._queue = queue[head:] + queue[:head] + [None] * self._capacity
        self._head = 0
        self._capacity *= 2

    def _listed(self):
        """The items as a list: the ring's in the order they come out, other storage as it is."""
        if not self._ring:
            return list(self._queue)
        end = self._head + self._size
        return self._queue[self._head:end] + self._queue[:max(0, end - self._capacity)]

    def _wakeup_next(self, waiters):
        """Wakes the first waiter still waiting."""
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __class_getitem__(cls, item):
        return cls

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if self.qsize():
            text += f' _queue={self._listed()!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def qsize(self):
        return self._size

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._size

    def full(self):
        return 0 < self._maxsize <= self._size

    # put, put_nowait, get and get_nowait test full() and empty() inline: they run for every item.

    async def put(self, item):
        """Puts item in, waiting while the queue is full."""
        while 0 < self._maxsize <= self._size:
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                # A slot this putter was woken for goes to the next one.
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if 0 < self._maxsize <= self._size:
            raise QueueFull
        self._put(item)
        self._size += 1
        self._unfinished_tasks += 1
        if self._unfinished_tasks == 1:
            # (_finished is set exactly while no task is unfinished.)
            self._finished.clear()
        if self._getters:
            self._wakeup_next(self._getters)

    async def get(self):
        """Takes an item out, waiting while the queue is empty."""
        while not self._size:
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if not self._size:
            raise QueueEmpty
        item = self._get()
        self._size -= 1
        if self._putters:
            self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Marks one item taken out as processed (join() waits for all of them)."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Waits until every item put in has been marked done."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Takes out the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Takes out the newest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
