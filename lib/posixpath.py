"""Pathname operations for POSIX paths (os.path), written for wasmpy after CPython's posixpath.

The functions that only look at the text of a path work on str paths; exists/isfile/isdir/
islink, getsize/getmtime/getatime/getctime, samefile and abspath ask the host (os.stat), as far
as it grants file access.
"""

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'exists', 'lexists', 'isdir', 'isfile', 'islink', 'ismount',
           'getsize', 'getmtime', 'getatime', 'getctime', 'samefile',
           'expanduser', 'expandvars', 'normpath', 'abspath', 'realpath', 'relpath',
           'commonpath', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

# After the constants: os reads them from this module even when this import started first.
import os


def _text(path, function):
    """path as a str; other path types are refused with CPython's message."""
    if isinstance(path, str):
        return path
    if hasattr(type(path), '__fspath__'):
        return _text(os.fspath(path), function)
    raise TypeError(f'{function}() argument must be str, bytes, or os.PathLike object, '
                    f"not '{type(path).__name__}'")


def normcase(s):
    return os.fspath(s)


def isabs(s):
    return os.fspath(s).startswith(sep)


def join(a, *p):
    """Join path components; an absolute component discards what came before it."""
    path = _text(a, 'join')
    for b in p:
        b = _text(b, 'join')
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is what follows the last slash; head keeps no trailing slashes
    unless it is the root."""
    p = os.fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last component, unless
    that dot starts the component."""
    p = os.fspath(p)
    slash = p.rfind(sep)
    dot = p.rfind(extsep)
    if dot > slash:
        start = slash + 1
        while start < dot and p[start] == extsep:
            start += 1
        if start < dot:
            return p[:dot], p[dot:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    """The longest common leading text of a list of paths (character by character)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def exists(path):
    """Whether path names something reachable (a broken symbolic link does not count)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether path names something, a broken symbolic link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, file_type, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == file_type


def isfile(path):
    return _mode_is(path, 0o100000)


def isdir(s):
    return _mode_is(s, 0o040000)


def islink(path):
    return _mode_is(path, 0o120000, follow=False)


def getsize(filename):
    """The size of a file, in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """When a file was last modified, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """When a file was last accessed, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """When a file's metadata last changed, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def ismount(path):
    return abspath(path) == sep


def expanduser(path):
    """~ and ~/... with $HOME (other users' homes are not known here)."""
    path = os.fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in os.environ:
        return path
    home = os.environ['HOME'].rstrip(sep)
    return (home + path[i:]) or sep


def _variable_name_end(path, i):
    while i < len(path) and (path[i].isalnum() or path[i] == '_'):
        i += 1
    return i


def expandvars(path):
    """$name and ${name} replaced by environment variables; unknown ones kept as written."""
    path = os.fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    while i < len(path):
        start = path.find('$', i)
        if start < 0:
            break
        out.append(path[i:start])
        if path.startswith('{', start + 1):
            end = path.find('}', start + 2)
            name = path[start + 2:end] if end >= 0 else ''
            stop = end + 1
        else:
            stop = _variable_name_end(path, start + 1)
            name = path[start + 1:stop]
        if name and name in os.environ:
            out.append(os.environ[name])
            i = stop
        else:
            out.append('$')
            i = start + 1
    out.append(path[i:])
    return ''.join(out)


def normpath(path):
    """Collapse redundant slashes, '.' and 'A/..' (a leading '//' is kept, as POSIX allows)."""
    path = os.fspath(path)
    if not path:
        return curdir
    initial_slashes = 2 if path.startswith('//') and not path.startswith('///') else (
        1 if path.startswith(sep) else 0)
    parts = []
    for comp in path.split(sep):
        if comp in ('', curdir):
            continue
        if comp != pardir or (not initial_slashes and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep * initial_slashes + sep.join(parts)
    return path or curdir


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The absolute, normalised path (symbolic links are not resolved here)."""
    return abspath(filename)


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    path = os.fspath(path)
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else os.fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    common = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - common) + path_list[common:]
    return join(*rel_list) if rel_list else curdir


def commonpath(paths):
    """The longest common sub-path of paths (all absolute or all relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    split_paths = [[c for c in path.split(sep) if c and c != curdir] for path in paths]
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    low = min(split_paths)
    high = max(split_paths)
    common = low
    for i, c in enumerate(low):
        if c != high[i]:
            common = low[:i]
            break
    return (sep if paths[0].startswith(sep) else '') + sep.join(common)
