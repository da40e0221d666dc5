"""The regular-expression parser: pattern text to a tree of nodes, with CPython's errors.

Nodes are tuples whose first item names them:
  ('lit', ch)                       one character
  ('any',)                          '.'
  ('in', negated, items)            a class; items ('c', ch), ('r', lo, hi), ('cat', letter)
  ('at', kind)                      an anchor: 'bol' '^', 'eol' '$', 'A', 'Z', 'b', 'B'
  ('alt', [seq, ...])               alternatives, each a list of nodes
  ('group', index, seq, on, off)    a group (index None: not capturing) with scoped flags
  ('rep', min, max, seq, mode)      a repeat; mode 'greedy', 'lazy' or 'possessive'
  ('atomic', seq)                   (?>...)
  ('ref', index)                    a backreference
  ('refif', index, yes, no)         (?(group)yes|no)
  ('look', behind, negated, seq)    lookahead / lookbehind assertions
"""

from ._constants import (error, MAXREPEAT, MAXGROUPS, FLAG_IGNORECASE, FLAG_LOCALE,
                         FLAG_MULTILINE, FLAG_DOTALL, FLAG_UNICODE, FLAG_VERBOSE, FLAG_ASCII,
                         FLAG_DEBUG)

_SPECIAL = '.\\[{()*+?^$|'
_REPEAT_START = '*+?{'
_DIGITS = '0123456789'
_OCTAL = '01234567'
_HEX = '0123456789abcdefABCDEF'
_WHITESPACE = ' \t\n\r\v\f'

_ESCAPES = {'\\a': '\a', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r', '\\t': '\t',
            '\\v': '\v', '\\\\': '\\'}
_CATEGORIES = {'\\A': ('at', 'A'), '\\Z': ('at', 'Z'), '\\b': ('at', 'b'), '\\B': ('at', 'B'),
               '\\d': ('in', False, [('cat', 'd')]), '\\D': ('in', False, [('cat', 'D')]),
               '\\s': ('in', False, [('cat', 's')]), '\\S': ('in', False, [('cat', 'S')]),
               '\\w': ('in', False, [('cat', 'w')]), '\\W': ('in', False, [('cat', 'W')])}
_FLAGS = {'i': FLAG_IGNORECASE, 'L': FLAG_LOCALE, 'm': FLAG_MULTILINE, 's': FLAG_DOTALL,
          'x': FLAG_VERBOSE, 'a': FLAG_ASCII, 'u': FLAG_UNICODE}
_TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE
_GLOBAL_FLAGS = FLAG_DEBUG


class _Source:
    """The pattern's text as tokens: one character, or a backslash escape of two."""

    def __init__(self, text, is_bytes):
        self.text = text
        self.is_bytes = is_bytes  # a bytes pattern, decoded as Latin-1
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.text):
            self.next = None
            return
        ch = self.text[index]
        if ch == '\\':
            if index + 1 >= len(self.text):
                raise error('bad escape (end of pattern)', self.text, len(self.text) - 1)
            ch += self.text[index + 1]
        self.index = index + len(ch)
        self.next = ch

    def match(self, ch):
        if ch == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return error(msg, self.text, self.tell() - offset)


class _State:
    """What the parse has seen: flags, groups and their names."""

    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]  # index 0 is the whole match
        self.lookbehindgroups = None

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise error('redefinition of group name %r as group %d; was group %d'
                            % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, seq):
        self.groupwidths[gid] = width(seq)

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None


def width(seq):
    """(min, max) characters a sequence of nodes can match (max capped at MAXREPEAT)."""
    lo = hi = 0
    for node in seq:
        a, b = _node_width(node)
        lo += a
        hi = min(hi + b, MAXREPEAT)
    return lo, hi


def _node_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'in'):
        return 1, 1
    if kind in ('at', 'look'):
        return 0, 0
    if kind == 'alt':
        widths = [width(seq) for seq in node[1]]
        return min(w[0] for w in widths), max(w[1] for w in widths)
    if kind == 'group':
        return width(node[2])
    if kind == 'atomic':
        return width(node[1])
    if kind == 'rep':
        lo, hi = width(node[3])
        return min(lo * node[1], MAXREPEAT), min(hi * node[2], MAXREPEAT)
    if kind == 'refif':
        yes = width(node[2])
        no = width(node[3]) if node[3] is not None else (0, 0)
        return min(yes[0], no[0]), max(yes[1], no[1])
    return 0, MAXREPEAT  # a backreference


def _check_group_name(name, offset, source):
    if not name.isidentifier():
        raise source.error('bad character in group name %r' % name, len(name) + offset)


def _class_escape(source, escape):
    """An escape inside [...]: a class item."""
    code = _ESCAPES.get(escape)
    if code is not None:
        return ('c', code)
    if escape in _CATEGORIES and escape not in ('\\A', '\\Z', '\\b', '\\B'):
        return _CATEGORIES[escape][2][0]
    return ('c', _char_escape(source, escape, in_class=True))


def _char_escape(source, escape, in_class):
    """The character an escape like \\x41, \\u00e9, \\0 or \\n stands for; errors otherwise."""
    c = escape[1:2]
    if c == 'x':
        escape += source.getwhile(2, _HEX)
        if len(escape) != 4:
            raise source.error('incomplete escape %s' % escape, len(escape))
        return chr(int(escape[2:], 16))
    if c in ('u', 'U') and not source.is_bytes:
        size = 4 if c == 'u' else 8
        escape += source.getwhile(size, _HEX)
        if len(escape) != size + 2:
            raise source.error('incomplete escape %s' % escape, len(escape))
        code = int(escape[2:], 16)
        if code > 0x10ffff:
            raise source.error('bad escape %s' % escape, len(escape))
        return chr(code)
    if c == 'N':
        raise source.error('bad escape %s' % escape, len(escape))
    if c in _OCTAL and (in_class or c == '0'):
        escape += source.getwhile(2, _OCTAL)
        code = int(escape[1:], 8)
        if code > 0o377:
            raise source.error('octal escape value %s outside of range 0-0o377' % escape,
                               len(escape))
        return chr(code)
    if c in _DIGITS:
        raise source.error('bad escape %s' % escape, len(escape))
    if c.isascii() and c.isalpha():
        raise source.error('bad escape %s' % escape, len(escape))
    return c


def _escape(source, escape, state):
    """An escape outside a class: a node."""
    code = _CATEGORIES.get(escape)
    if code is not None:
        return code
    code = _ESCAPES.get(escape)
    if code is not None:
        return ('lit', code)
    c = escape[1:2]
    if c == '0':
        return ('lit', _char_escape(source, escape, in_class=False))
    if c in _DIGITS:
        # A group reference, or an octal escape of three digits.
        if source.next is not None and source.next in _DIGITS:
            escape += source.get()
            if (escape[1] in _OCTAL and escape[2] in _OCTAL and source.next is not None
                    and source.next in _OCTAL):
                escape += source.get()
                code = int(escape[1:], 8)
                if code > 0o377:
                    raise source.error('octal escape value %s outside of range 0-0o377'
                                       % escape, len(escape))
                return ('lit', chr(code))
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error('cannot refer to an open group', len(escape))
            _check_lookbehind_group(state, group, source)
            return ('ref', group)
        raise source.error('invalid group reference %d' % group, len(escape) - 1)
    return ('lit', _char_escape(source, escape, in_class=False))


def _check_lookbehind_group(state, gid, source):
    if state.lookbehindgroups is not None and gid >= state.lookbehindgroups:
        raise source.error('cannot refer to group defined in the same lookbehind subpattern')


def _parse_alternatives(source, state, verbose, nested):
    """Alternatives separated by '|': a sequence (the single alternative) or [('alt', ...)]."""
    items = []
    while True:
        items.append(_parse_sequence(source, state, verbose, nested + 1,
                                     not nested and not items))
        if not source.match('|'):
            break
    if len(items) == 1:
        return items[0]
    return [('alt', items)]


def _parse_class(source, start):
    negated = source.match('^')
    items = []
    first = True
    while True:
        this = source.get()
        if this is None:
            raise source.error('unterminated character set', source.tell() - start)
        if this == ']' and not first:
            break
        first = False
        if this[0] == '\\':
            item = _class_escape(source, this)
        else:
            item = ('c', this)
        if source.match('-'):
            that = source.get()
            if that is None:
                raise source.error('unterminated character set', source.tell() - start)
            if that == ']':
                items.append(item)
                items.append(('c', '-'))
                break
            if that[0] == '\\':
                end_item = _class_escape(source, that)
            else:
                end_item = ('c', that)
            if item[0] != 'c' or end_item[0] != 'c':
                text = this + '-' + that
                raise source.error('bad character range %s' % text, len(text))
            lo, hi = item[1], end_item[1]
            if hi < lo:
                text = this + '-' + that
                raise source.error('bad character range %s' % text, len(text))
            items.append(('r', lo, hi))
        else:
            items.append(item)
    return ('in', negated, items)


def _parse_repeat_bounds(source, here):
    """The bounds of {m,n} (None when the brace is a literal)."""
    if source.next == '}':
        return None
    lo = source.getwhile(10 ** 6, _DIGITS)
    hi = lo
    if source.match(','):
        hi = source.getwhile(10 ** 6, _DIGITS)
    if not source.match('}'):
        source.seek(here)
        return None
    min_ = int(lo) if lo else 0
    max_ = int(hi) if hi else MAXREPEAT
    if min_ >= MAXREPEAT or (hi and max_ >= MAXREPEAT):
        raise OverflowError('the repetition number is too large')
    if max_ < min_:
        raise source.error('min repeat greater than max repeat', source.tell() - here)
    return min_, max_


def _parse_flags(source, state, char):
    """Inline flags after '(?': a global (?flags) or a scoped (?on-off:...); returns (on, off)
    for a scoped group, or None for global flags."""
    add_flags = 0
    del_flags = 0
    if char != '-':
        while True:
            flag = _FLAGS[char]
            if char == 'L' and not source.is_bytes:
                raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            if char == 'u' and source.is_bytes:
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error('missing -, : or )')
            if char in ')-:':
                break
            if char not in _FLAGS:
                msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
                raise source.error(msg, len(char))
    if char == ')':
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = source.get()
        if char is None:
            raise source.error('missing flag')
        if char not in _FLAGS:
            msg = 'unknown flag' if char.isalpha() else 'missing flag'
            raise source.error(msg, len(char))
        while True:
            flag = _FLAGS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error('missing :')
            if char == ':':
                break
            if char not in _FLAGS:
                msg = 'unknown flag' if char.isalpha() else 'missing :'
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn off global flag', 1)
    if add_flags & del_flags:
        raise source.error('bad inline flags: flag turned on and off', 1)
    return add_flags, del_flags


def _parse_group(source, state, verbose, nested, start, first):
    """What follows '(': a node, or None for global flags or a comment."""
    capture = True
    name = None
    on = off = 0
    if source.match('?'):
        char = source.get()
        if char is None:
            raise source.error('unexpected end of pattern')
        if char == 'P':
            if source.match('<'):
                name = source.getuntil('>', 'group name')
                _check_group_name(name, 1, source)
            elif source.match('='):
                name = source.getuntil(')', 'group name')
                _check_group_name(name, 1, source)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error('unknown group name %r' % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error('cannot refer to an open group', len(name) + 1)
                _check_lookbehind_group(state, gid, source)
                return ('ref', gid)
            else:
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                raise source.error('unknown extension ?P' + char, len(char) + 2)
        elif char == ':':
            capture = False
        elif char == '#':
            while True:
                if source.next is None:
                    raise source.error('missing ), unterminated comment',
                                       source.tell() - start)
                if source.get() == ')':
                    break
            return None
        elif char in '=!<':
            behind = False
            if char == '<':
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                if char not in '=!':
                    raise source.error('unknown extension ?<' + char, len(char) + 2)
                behind = True
                saved_lookbehind = state.lookbehindgroups
                if saved_lookbehind is None:
                    state.lookbehindgroups = state.groups
            seq = _parse_alternatives(source, state, verbose, nested + 1)
            if behind:
                lo, hi = width(seq)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                if saved_lookbehind is None:
                    state.lookbehindgroups = None
            if not source.match(')'):
                raise source.error('missing ), unterminated subpattern', source.tell() - start)
            return ('look', behind, char == '!', seq)
        elif char == '(':
            return _parse_conditional(source, state, verbose, nested, start)
        elif char == '>':
            seq = _parse_alternatives(source, state, verbose, nested + 1)
            if not source.match(')'):
                raise source.error('missing ), unterminated subpattern', source.tell() - start)
            return ('atomic', seq)
        elif char in _FLAGS or char == '-':
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first:
                    raise source.error('global flags not at the start of the expression',
                                       source.tell() - start)
                return None
            on, off = flags
            capture = False
        else:
            raise source.error('unknown extension ?' + char, len(char) + 1)
    gid = None
    if capture:
        try:
            gid = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    sub_verbose = (verbose or bool(on & FLAG_VERBOSE)) and not (off & FLAG_VERBOSE)
    seq = _parse_alternatives(source, state, sub_verbose, nested + 1)
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern', source.tell() - start)
    if gid is not None:
        state.closegroup(gid, seq)
    return ('group', gid, seq, on, off)


def _parse_conditional(source, state, verbose, nested, start):
    condname = source.getuntil(')', 'group name')
    if condname.isidentifier():
        condgroup = state.groupdict.get(condname)
        if condgroup is None:
            raise source.error('unknown group name %r' % condname, len(condname) + 1)
    else:
        if not condname.isdecimal() or not condname.isascii():
            raise source.error('bad character in group name %r' % condname, len(condname) + 1)
        condgroup = int(condname)
        if not condgroup:
            raise source.error('bad group number', len(condname) + 1)
        if condgroup >= MAXGROUPS:
            raise source.error('invalid group reference %d' % condgroup, len(condname) + 1)
        if condgroup not in state.groupdict.values() and condgroup >= state.groups:
            raise source.error('invalid group reference %d' % condgroup, len(condname) + 1)
    _check_lookbehind_group(state, condgroup, source)
    yes = _parse_sequence(source, state, verbose, nested + 1, False)
    no = None
    if source.match('|'):
        no = _parse_sequence(source, state, verbose, nested + 1, False)
        if source.next == '|':
            raise source.error('conditional backref with more than two branches')
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern', source.tell() - start)
    return ('refif', condgroup, yes, no)


def _parse_sequence(source, state, verbose, nested, first):
    seq = []
    while True:
        this = source.next
        if this is None or this in '|)':
            break
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = source.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            seq.append(_escape(source, this, state))
        elif this not in _SPECIAL:
            seq.append(('lit', this))
        elif this == '[':
            seq.append(_parse_class(source, source.tell() - 1))
        elif this in _REPEAT_START:
            _apply_repeat(source, seq, this)
        elif this == '.':
            seq.append(('any',))
        elif this == '(':
            start = source.tell() - 1
            node = _parse_group(source, state, verbose, nested, start,
                                first and not seq)
            if node is None:  # global flags (or a comment): verbose may start here
                verbose = verbose or bool(state.flags & FLAG_VERBOSE)
            else:
                seq.append(node)
        elif this == '^':
            seq.append(('at', 'bol'))
        elif this == '$':
            seq.append(('at', 'eol'))
        else:
            raise AssertionError('unsupported special character %r' % (this,))
    return seq


def _apply_repeat(source, seq, this):
    here = source.tell()
    if this == '?':
        min_, max_ = 0, 1
    elif this == '*':
        min_, max_ = 0, MAXREPEAT
    elif this == '+':
        min_, max_ = 1, MAXREPEAT
    else:
        bounds = _parse_repeat_bounds(source, here)
        if bounds is None:
            seq.append(('lit', this))
            return
        min_, max_ = bounds
    item = seq[-1] if seq else None
    if item is None or item[0] == 'at':
        raise source.error('nothing to repeat', source.tell() - here + len(this))
    if item[0] == 'rep':
        raise source.error('multiple repeat', source.tell() - here + len(this))
    body = item[2] if item[0] == 'group' and item[1] is None and not item[3] and not item[4] \
        else [item]
    if source.match('?'):
        mode = 'lazy'
    elif source.match('+'):
        mode = 'possessive'
    else:
        mode = 'greedy'
    seq[-1] = ('rep', min_, max_, body, mode)


def check_flags(flags, is_bytes):
    """The flags of a pattern: for str, UNICODE added unless ASCII."""
    if is_bytes:
        if flags & FLAG_UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & FLAG_LOCALE and flags & FLAG_ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
        return flags
    if flags & FLAG_LOCALE:
        raise ValueError('cannot use LOCALE flag with a str pattern')
    if not flags & FLAG_ASCII:
        return flags | FLAG_UNICODE
    if flags & FLAG_UNICODE:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    return flags


def parse(pattern, flags, is_bytes=False):
    """(flags, tree, group count, {name: index}) of a pattern (a bytes one decoded as
    Latin-1)."""
    source = _Source(pattern, is_bytes)
    state = _State(flags)
    verbose = bool(flags & FLAG_VERBOSE)
    seq = _parse_alternatives(source, state, verbose, 0)
    if source.next is not None:
        raise source.error('unbalanced parenthesis')
    flags = check_flags(state.flags, is_bytes)
    return flags, seq, state.groups, state.groupdict


def parse_template(template, groups, groupindex):
    """A replacement template as a list of literal strings and group indexes."""
    parts = []
    literal = []
    i = 0
    n = len(template)

    def fail(msg, pos):
        raise error(msg, template, pos)

    def add_group(index, pos):
        if index >= groups:
            fail('invalid group reference %d' % index, pos)
        if literal:
            parts.append(''.join(literal))
            literal.clear()
        parts.append(index)

    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail('bad escape (end of pattern)', i)
        c = template[i + 1]
        if c == 'g':
            if i + 2 >= n or template[i + 2] != '<':
                fail('missing <', i + 2)
            end = template.find('>', i + 3)
            if end < 0:
                name = template[i + 3:]
                if not name:
                    fail('missing group name', i + 3)
                fail('missing >, unterminated name', i + 3)
            name = template[i + 3:end]
            if not name:
                fail('missing group name', i + 3)
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index >= MAXGROUPS:
                    fail('invalid group reference %d' % index, i + 3)
            elif name.isidentifier():
                if name not in groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = groupindex[name]
            else:
                fail('bad character in group name %r' % name, i + 3)
            add_group(index, i + 3)
            i = end + 1
        elif c == '0':
            j = i + 2
            while j < n and j < i + 4 and template[j] in _OCTAL:
                j += 1
            literal.append(chr(int(template[i + 1:j], 8)))
            i = j
        elif c in _DIGITS:
            j = i + 2
            if j < n and template[j] in _DIGITS:
                if (c in _OCTAL and template[j] in _OCTAL and j + 1 < n
                        and template[j + 1] in _OCTAL):
                    code = int(template[i + 1:j + 2], 8)
                    if code > 0o377:
                        fail('octal escape value %s outside of range 0-0o377'
                             % template[i:j + 2], i)
                    literal.append(chr(code))
                    i = j + 2
                    continue
                j += 1
            add_group(int(template[i + 1:j]), i + 1)
            i = j
        else:
            escape = '\\' + c
            code = _ESCAPES.get(escape)
            if code is not None:
                literal.append(code)
            elif c.isascii() and c.isalpha():
                fail('bad escape %s' % escape, i)
            else:
                literal.append(escape)
            i += 2
    if literal:
        parts.append(''.join(literal))
    return parts
