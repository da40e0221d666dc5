# from module import *: __all__ when the module has one, else its public names.
from pkgs.star_all import *
print(public_one, _semi_private)
try:
    public_two
except NameError as e:
    print(e)

from pkgs.star_plain import *
print(alpha, beta)
for name in ['_gamma', '_sys']:
    print(name, name in globals())

try:
    from pkgs.star_bad import *
except TypeError as e:
    print(e)


class C:
    from pkgs.simple import value
    print('in class body', value)


print(C.value)
