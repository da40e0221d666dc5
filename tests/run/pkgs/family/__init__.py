print('family initialised', __package__)
from . import child
from .child import greet as greeting
parent_value = 'from family'
