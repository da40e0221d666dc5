import sys


class Replacement:
    answer = 'the replacement'


sys.modules[__name__] = Replacement()
