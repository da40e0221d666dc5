"""Operating-system interfaces, written for wasmpy: the pure parts of CPython's os (names,
fspath, environ, os.path) and, through the host as far as it grants them, getcwd, listdir
and walk."""

import abc
import sys
import _os
from _collections_abc import MutableMapping

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir',
           'defpath', 'devnull', 'environ', 'getenv', 'fspath', 'PathLike', 'getcwd',
           'listdir', 'walk', 'error', 'path']

name = 'posix'
linesep = '\n'
error = OSError


def fspath(path):
    """path's file-system representation: a str or bytes as is, else its __fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """The abstract base of objects with a file-system path (a __fspath__ method)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


class _Environ(MutableMapping):
    """os.environ: the environment variables the host granted, as a str-to-str mapping."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[_check_str(key, 'str expected, not %s')] = _check_str(value, 'str expected, not %s')

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{key!r}: {value!r}' for key, value in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)


def _check_str(value, message):
    if not isinstance(value, str):
        raise TypeError(message % type(value).__name__)
    return value


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def getcwd():
    """The current working directory."""
    return _os.getcwd()


def listdir(path=None):
    """The names of the entries of the directory path ('.' by default), in no set order."""
    if path is None:
        path = '.'
    return _os.listdir(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for the directory top and each directory below it."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    for entry in names:
        (dirs if path.isdir(path.join(top, entry)) else files).append(entry)
    if topdown:
        yield top, dirs, files
    for entry in dirs:
        yield from walk(path.join(top, entry), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


import posixpath as path  # after the names posixpath uses from os

sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
sys.modules['os.path'] = path
