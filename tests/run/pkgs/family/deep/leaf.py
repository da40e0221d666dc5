from ..child import greet
from ...simple import double
from . import __name__ as here
result = (greet('leaf'), double(21), here)
