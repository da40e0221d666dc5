"""Regular expressions, written for wasmpy after CPython 3.11's re API.

Patterns are parsed (re._parser) and compiled to a backtracking matcher written in Python
(re._compiler). A bytes pattern and its subjects are matched as their Latin-1 decoding, one
character per byte, with ASCII classes and case.
"""

import enum
import operator
import sys

from ._constants import (error, FLAG_TEMPLATE, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE,
                         FLAG_DOTALL, FLAG_UNICODE, FLAG_VERBOSE, FLAG_DEBUG, FLAG_ASCII)
from . import _parser
from ._compiler import Program, FLAG_BYTES

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L',
           'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = FLAG_ASCII
    IGNORECASE = I = FLAG_IGNORECASE
    LOCALE = L = FLAG_LOCALE
    UNICODE = U = FLAG_UNICODE
    MULTILINE = M = FLAG_MULTILINE
    DOTALL = S = FLAG_DOTALL
    VERBOSE = X = FLAG_VERBOSE
    TEMPLATE = T = FLAG_TEMPLATE
    DEBUG = FLAG_DEBUG
    __str__ = object.__str__


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is not None:
        return compiled
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches all of string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first Match of the pattern anywhere in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with non-overlapping matches replaced by repl (a template or a function)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of replacements), as sub."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split by the occurrences of the pattern (with the groups' text in between)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """The matches in string: whole matches, the group, or tuples of groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of the Match objects of the non-overlapping matches in string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the pattern cache."""
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | FLAG_TEMPLATE)


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """pattern with the characters that are special in regular expressions escaped."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    return escape(bytes(pattern).decode('latin-1')).encode('latin-1')


def _index_bounds(string, pos, endpos):
    n = len(string)
    pos = min(max(pos, 0), n)
    endpos = min(max(endpos, 0), n)
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._bytes = isinstance(pattern, bytes)
        text = pattern.decode('latin-1') if self._bytes else pattern
        try:
            flags, tree, groups, groupindex = _parser.parse(text, flags, self._bytes)
        except error as e:
            raise error(e.msg, pattern, e.pos) from None
        self.flags = flags
        self.groups = groups - 1
        self._groupindex = groupindex
        self._program = Program(tree, flags | (FLAG_BYTES if self._bytes else 0), groups)
        self._template_cache = {}
        self._empty = b'' if self._bytes else ''

    def _text(self, string):
        """The subject as the matcher reads it (bytes decoded as Latin-1)."""
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            if not isinstance(string, bytes):
                raise TypeError(f"expected string or bytes-like object, "
                                f"got '{type(string).__name__}'")
            return string.decode('latin-1')
        if not isinstance(string, str):
            if isinstance(string, bytes):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError(f"expected string or bytes-like object, "
                            f"got '{type(string).__name__}'")
        return string

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags & ~FLAG_UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return f're.compile({text})'
        return f're.compile({text}, {RegexFlag(flags)!r})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, search, full=False, must_advance=False, text=None):
        if text is None:
            text = self._text(string)
        pos, endpos = _index_bounds(string, pos, endpos)
        if endpos < pos:
            return None
        found = self._program.run(text, pos, endpos, search, full, must_advance)
        if found is None:
            return None
        st, start = found
        return Match(self, string, pos, endpos, start, st.end, st.marks, st.lastindex)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._run(string, pos, endpos, False)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._run(string, pos, endpos, False, full=True)

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._run(string, pos, endpos, True)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        """The Match objects of the non-overlapping matches, left to right; an empty match
        may not end where the previous match ended."""
        text = self._text(string)
        pos, endpos = _index_bounds(string, pos, endpos)
        must_advance = False
        while pos <= endpos:
            m = self._run(string, pos, endpos, True, must_advance=must_advance, text=text)
            if m is None:
                return
            yield m
            start, pos = m.regs[0]
            must_advance = start == pos

    def findall(self, string, pos=0, endpos=sys.maxsize):
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                start, end = m.regs[0]
                result.append(string[start:end])
            elif self.groups == 1:
                result.append(m.group(1) or self._empty)
            else:
                result.append(tuple(g or self._empty for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        pieces = []
        last = 0
        splits = 0
        for m in self.finditer(string):
            if maxsplit and splits >= maxsplit:
                break
            pieces.append(string[last:m.start()])
            pieces.extend(m.groups())
            last = m.end()
            splits += 1
        pieces.append(string[last:])
        return pieces

    def _replacement(self, repl):
        """A function from Match to its replacement text."""
        if callable(repl):
            return repl
        if not isinstance(repl, (str, bytes)):
            raise TypeError(f'decoding to str: need a bytes-like object, '
                            f'{type(repl).__name__} found')
        backslash = b'\\' if isinstance(repl, bytes) else '\\'
        if backslash not in repl:
            return lambda m: repl
        parts = self._template_cache.get(repl)
        if parts is None:
            parts = _template_parts(repl, self.groups + 1, self._groupindex)
            self._template_cache[repl] = parts
        return lambda m: _expand(m, parts)

    def subn(self, repl, string, count=0):
        replacement = self._replacement(repl)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            if last < m.start():
                pieces.append(string[last:m.start()])
            text = replacement(m)
            if text is not None:
                pieces.append(text)  # join() rejects what is not a str
            last = m.end()
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        return self._empty.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


def _template_parts(template, groups, groupindex):
    """A replacement template as literal pieces (of the template's type) and group indexes."""
    if isinstance(template, str):
        return _parser.parse_template(template, groups, groupindex)
    parts = _parser.parse_template(template.decode('latin-1'), groups, groupindex)
    return [part.encode('latin-1') if isinstance(part, str) else part for part in parts]


def _expand(m, parts):
    empty = m.re._empty
    return empty.join(part if isinstance(part, (str, bytes)) else (m.group(part) or empty)
                      for part in parts)


class Match:
    """The result of a successful match: the groups and where they are."""

    def __init__(self, pattern, string, pos, endpos, start, end, marks, lastindex):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        spans = [(start, end)]
        for g in range(1, pattern.groups + 1):
            a, b = marks[2 * g], marks[2 * g + 1]
            spans.append((a, b) if a >= 0 and b >= 0 else (-1, -1))
        self.regs = tuple(spans)
        self.lastindex = lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re._groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def _index(self, group):
        if group.__class__ is int and 0 <= group <= self.re.groups:
            return group
        if isinstance(group, str):
            index = self.re._groupindex.get(group)
        else:
            try:
                index = operator.index(group)
            except TypeError:
                index = None
            else:
                if not 0 <= index <= self.re.groups:
                    index = None
        if index is None:
            raise IndexError('no such group')
        return index

    def _get(self, group, default=None):
        a, b = self.regs[self._index(group)]
        if a < 0:
            return default
        return self.string[a:b]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        return _expand(self, _template_parts(template, self.re.groups + 1, self.re._groupindex))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.regs[0], self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _register_flag_names():
    """re.I, re.IGNORECASE …: the flags as module attributes (global_enum does it in CPython)."""
    module = sys.modules[__name__]
    for name, member in RegexFlag.__members__.items():
        setattr(module, name, member)
