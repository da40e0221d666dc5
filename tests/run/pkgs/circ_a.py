print('circ_a starts')
early = 'a-early'
from . import circ_b
late = 'a-late: ' + circ_b.b_value
print('circ_a ends')
