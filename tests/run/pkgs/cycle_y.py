from .cycle_x import x_value
y_value = 'y'
