print('circ_b starts')
from . import circ_a
b_value = 'b sees ' + circ_a.early
try:
    print(circ_a.late)
except AttributeError as e:
    print('AttributeError:', e)
print('circ_b ends')
