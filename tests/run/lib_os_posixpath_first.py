import posixpath

print(posixpath.join('a', 'b'), posixpath.sep)
import os
import os.path

print(os.sep, os.path is posixpath, os.path.basename('/x/y.txt'))
