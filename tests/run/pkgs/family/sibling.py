from .child import greet
from . import parent_value
from .. import simple
message = greet('sibling') + ' / ' + parent_value + ' / ' + str(simple.value)
