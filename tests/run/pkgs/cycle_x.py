from .cycle_y import y_value
x_value = 'x'
