"""asyncio for wasmpy: the event loop, futures and tasks, and the high-level API, with the same
scheduling order as CPython's asyncio."""

# (As CPython 3.11's, __all__ leaves TaskGroup out; asyncio.TaskGroup exists all the same.)

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .streams import *
from .taskgroups import *
from .tasks import *
from .timeouts import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__ + streams.__all__ + tasks.__all__ +
           timeouts.__all__)

SelectorEventLoop = BaseEventLoop
__all__ += ('SelectorEventLoop',)
