# The standard streams: sys.stdout.write, print(file=...), replacing sys.stdout, stdin at its end.
import sys

n = sys.stdout.write('written\n')
print(n, sys.stdout.write(''))
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stderr.name, sys.stdin.name, sys.stdin.mode)
print(repr(sys.stdout), repr(sys.stdin))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    sys.stdin.write('x')
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
sys.stdout.flush()
print('flushed', flush=True)
print('to stdout', file=sys.stdout)
print('to stderr first', file=sys.stderr)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


capture = Capture()
sys.stdout = capture
print('captured', 1, 2, sep='-')
print('again', end='!', flush=True)
sys.displayhook('shown')
sys.stdout = sys.__stdout__
print(capture.parts)

sys.stdout = None
print('nowhere')
sys.stdout = sys.__stdout__
print('back')

print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError', e)

old = sys.stdin


class Lines:
    def __init__(self, lines):
        self.lines = lines

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


sys.stdin = Lines(['first line\n', 'second'])
print(repr(input()), repr(input('? ')))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdin = old

del sys.stdout
try:
    print('lost')
except RuntimeError as e:
    sys.stderr.write('RuntimeError: ' + str(e) + '\n')
sys.stdout = sys.__stdout__
print('the end', file=sys.stderr)
