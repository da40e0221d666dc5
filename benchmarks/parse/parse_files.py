"""Times ast.parse over the files named in the file given as argv[1] (one path a line), reading
them all first so only parsing is timed. Prints the best of argv[2] runs, in seconds."""
import ast
import sys
import time

paths = open(sys.argv[1]).read().split('\n')
sources = [(p, open(p, 'rb').read()) for p in paths if p]
best = float('inf')
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    for path, source in sources:
        ast.parse(source, path)
    best = min(best, time.perf_counter() - start)
print(best)
