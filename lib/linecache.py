"""Source lines of files, read once and cached (for tracebacks and warnings), written for
wasmpy. Files the host can't read (frozen modules, '<string>') have no lines."""

__all__ = ['getline', 'getlines', 'clearcache', 'checkcache', 'updatecache']

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based, with its newline) of filename, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of filename (cached), or [] when it can't be read."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def clearcache():
    cache.clear()


def checkcache(filename=None):
    """Forget cached files; the host gives no modification times to compare, so this re-reads."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as f:
            text = f.read()
    except (OSError, UnicodeDecodeError):
        return []
    # Only newlines end lines, as in a file read line by line (splitlines knows more).
    lines = [line + '\n' for line in text.split('\n')]
    if text.endswith('\n') or not text:
        lines.pop()
    cache[filename] = lines
    return lines
