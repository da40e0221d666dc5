"""Operating-system interfaces, written for wasmpy: the pure parts of CPython's os (names,
fspath, environ, os.path) and, through the host as far as it grants them, getcwd, listdir,
scandir, walk, stat/lstat/fstat, mkdir/makedirs, rmdir/removedirs, remove/unlink and
rename/replace/renames. Paths are str (bytes paths are decoded, results are str); there are no
dir_fd arguments."""

import abc
import sys
import _os
from _collections_abc import MutableMapping

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir',
           'defpath', 'devnull', 'environ', 'getenv', 'fspath', 'PathLike', 'getcwd',
           'listdir', 'scandir', 'DirEntry', 'walk', 'error', 'path', 'stat', 'lstat', 'fstat',
           'stat_result', 'mkdir', 'makedirs', 'rmdir', 'removedirs', 'remove', 'unlink',
           'rename', 'renames', 'replace']

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


class stat_result:
    """What os.stat() returns: a 10-item sequence (mode, ino, dev, nlink, uid, gid, size, and
    the access, modification and change times in whole seconds) whose items also have names,
    with more attributes beyond it (float and nanosecond times, st_blksize, st_blocks, st_rdev).
    (CPython's is a tuple subclass; tuple subclasses here cannot have the attributes beyond the
    tuple, so this one is a sequence that compares equal to the tuple of its items.)"""

    __slots__ = ('_items', 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
                 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 10:
            raise TypeError(f'os.stat_result() takes an at least 10-sequence ({len(items)}-sequence given)')
        if len(items) > 19:
            raise TypeError(f'os.stat_result() takes an at most 19-sequence ({len(items)}-sequence given)')
        self._items = items[:10]
        extra = items[10:] + (None,) * (19 - len(items))
        for field, value in zip(self.__slots__[1:], extra):
            setattr(self, field, value)
        for field, index in (('st_atime', 7), ('st_mtime', 8), ('st_ctime', 9)):
            if getattr(self, field) is None:
                setattr(self, field, items[index])

    st_mode = property(lambda self: self._items[0])
    st_ino = property(lambda self: self._items[1])
    st_dev = property(lambda self: self._items[2])
    st_nlink = property(lambda self: self._items[3])
    st_uid = property(lambda self: self._items[4])
    st_gid = property(lambda self: self._items[5])
    st_size = property(lambda self: self._items[6])

    def __len__(self):
        return 10

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            other = other._items
        return self._items == other if isinstance(other, tuple) else NotImplemented

    def __hash__(self):
        return hash(self._items)

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self._items)) + ')'

    def __reduce__(self):
        return (stat_result, (self._items + tuple(getattr(self, f) for f in self.__slots__[1:]),))


stat_result.__module__ = 'os'


def _stat_result_from_host(fields):
    """The stat_result of the host's answer: mode, ino, dev, nlink, uid, gid, size, the three
    times in nanoseconds, blksize, blocks, rdev (used by _os.stat, lstat and fstat)."""
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev = fields
    times = (atime_ns, mtime_ns, ctime_ns)
    return stat_result((mode, ino, dev, nlink, uid, gid, size)
                       + tuple(ns // 1_000_000_000 for ns in times)
                       + tuple(ns / 1e9 for ns in times)
                       + times + (blksize, blocks, rdev))


_os.stat_result_from_host = _stat_result_from_host
from _os import stat, lstat, fstat, mkdir, rmdir, remove, unlink, rename, replace


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir with every missing parent directory too; an existing leaf is an error unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir of name, then of each parent directory that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename, making the directories new needs and removing those old leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory that scandir() listed: its name and path, and what it is."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    """What scandir() returns: an iterator of DirEntry that is also a context manager."""

    def __init__(self, directory, names):
        self._directory = directory
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the directory path ('.' by default)."""
    directory = '.' if path is None else fspath(path)
    return _ScandirIterator(directory, _os.listdir(directory))


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
