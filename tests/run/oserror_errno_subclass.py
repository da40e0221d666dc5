# OSError(errno, strerror) picks the subclass of the errno (Linux numbering), as CPython's
# OSError.__new__ does; an errno without one stays OSError.
for errno in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 22]:
    e = OSError(errno, 'message')
    print(errno, type(e).__name__, e.errno, str(e))
print(type(OSError(111)).__name__, type(OSError(111, 'x', 'file')).__name__)
try:
    raise OSError(104, 'Connection reset by peer')
except ConnectionError as e:
    print('caught', type(e).__name__, isinstance(e, ConnectionResetError))
