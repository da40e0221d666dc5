# Allocates enough while it runs for the collector to run during its import.
chunks = []
for i in range(200):
    chunks.append([str(j) * 3 for j in range(500)])
total = sum(len(c) for c in chunks)
del chunks
from . import simple
from .family import child
