# The uncaught-exception printer's carets: ~~^^ under the failing operator of a binary
# operation or the brackets of a subscript, ^^^ under other failing expressions, nothing
# when the expression is the whole line, and lines of a multi-line call.
def divide(values):
    total = values[0] + values[1]
    return (total * 2) // (values[0] - 1)


def lookup(table):
    return table['outer']['inner']


def call(f):
    return f(1,
             2)


def main():
    try:
        lookup({'outer': {}})
    except KeyError:
        pass
    try:
        call(len)
    except TypeError:
        pass
    divide([1, 'é'])


main()
