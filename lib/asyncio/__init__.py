"""asyncio for wasmpy: the event loop, futures and tasks, and the high-level API, with the same
scheduling order as CPython's asyncio."""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .runners import *
from .tasks import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + runners.__all__ + tasks.__all__)
