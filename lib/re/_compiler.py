"""The regular-expression matcher: a parsed pattern compiled to a backtracking matcher.

Every node becomes a function f(state, i) that matches the node at index i and then calls the
function of what follows it (known when the pattern is compiled), returning True once the whole
pattern has matched. Backtracking is returning False: each function undoes what it recorded
(group marks, repeat counters) before it does. Repeats of one character scan their run in a loop
and back off one character at a time, so common patterns don't recurse per character.
"""

import sys

from ._constants import (MAXREPEAT, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL,
                         FLAG_ASCII)
from ._parser import width

_ASCII_DIGITS = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')
_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')

# Not a user flag: the subject is bytes decoded as Latin-1, so classes and case are ASCII's.
FLAG_BYTES = 1 << 40

_ASCII_LOWER = {c: c + 32 for c in range(ord('A'), ord('Z') + 1)}

# Deep backtracking recurses once per step; the matcher allows itself this much.
_MATCH_RECURSION_LIMIT = 20000


def _is_unicode_word(c):
    return c.isalnum() or c == '_'


def _ascii_only(flags):
    return bool(flags & (FLAG_ASCII | FLAG_LOCALE | FLAG_BYTES))


def _case_fold(flags):
    """How IGNORECASE compares characters: their lower case (ASCII letters only for bytes)."""
    if flags & FLAG_BYTES:
        return lambda text: text.translate(_ASCII_LOWER)
    return str.lower


def _category(letter, ascii_only):
    """The predicate of \\d \\D \\s \\S \\w \\W."""
    if ascii_only:
        positive = {'d': _ASCII_DIGITS.__contains__, 's': _ASCII_SPACE.__contains__,
                    'w': _ASCII_WORD.__contains__}[letter.lower()]
    else:
        positive = {'d': str.isdecimal, 's': str.isspace, 'w': _is_unicode_word}[letter.lower()]
    if letter.islower():
        return positive
    return lambda c: not positive(c)


def _class_predicate(negated, items, flags):
    """The predicate of a character class."""
    chars = set()
    ranges = []
    tests = []
    for item in items:
        if item[0] == 'c':
            chars.add(item[1])
        elif item[0] == 'r':
            ranges.append((item[1], item[2]))
        else:
            tests.append(_category(item[1], _ascii_only(flags)))
    chars = frozenset(chars)
    if not ranges and not tests:
        positive = chars.__contains__
    elif not chars and not ranges and len(tests) == 1:
        positive = tests[0]
    else:
        def positive(c):
            if c in chars:
                return True
            for lo, hi in ranges:
                if lo <= c <= hi:
                    return True
            for test in tests:
                if test(c):
                    return True
            return False
    if flags & FLAG_IGNORECASE:
        exact = positive
        if flags & FLAG_BYTES:
            def positive(c):
                return exact(c) or ('A' <= c <= 'Z' or 'a' <= c <= 'z') and exact(c.swapcase())
        else:
            def positive(c):
                return exact(c) or exact(c.lower()) or exact(c.upper())
    if negated:
        return lambda c: not positive(c)
    return positive


def _char_predicate(node, flags):
    """The predicate of a node that matches one character (lit, any, in)."""
    kind = node[0]
    if kind == 'lit':
        ch = node[1]
        fold = _case_fold(flags)
        if flags & FLAG_IGNORECASE and fold(ch) != ch.upper():
            low = fold(ch)
            return lambda c: fold(c) == low
        return ch.__eq__
    if kind == 'any':
        if flags & FLAG_DOTALL:
            return lambda c: True
        return lambda c: c != '\n'
    return _class_predicate(node[1], node[2], flags)


def _is_char_node(node):
    return node[0] in ('lit', 'any', 'in')


def _single_char_test(node, flags):
    """The predicate of a node that always matches exactly one character (a character, a
    class, or an alternation of them), or None."""
    if _is_char_node(node):
        return _char_predicate(node, flags)
    if node[0] == 'alt' and all(len(seq) == 1 and _is_char_node(seq[0]) for seq in node[1]):
        tests = [_char_predicate(seq[0], flags) for seq in node[1]]
        return lambda c: any(test(c) for test in tests)
    return None


def _fixed_width_tests(seq, flags):
    """One predicate per character for a sequence that matches a fixed run of characters
    without groups or choices that could backtrack, or None."""
    tests = []
    for node in seq:
        if node[0] == 'group' and node[1] is None:
            inner = _fixed_width_tests(node[2], (flags | node[3]) & ~node[4])
            if inner is None:
                return None
            tests += inner
            continue
        test = _single_char_test(node, flags)
        if test is None:
            return None
        tests.append(test)
    return tests or None


class State:
    """One match attempt: the subject, group marks, repeat counters."""

    __slots__ = ('s', 'n', 'marks', 'starts', 'lastindex', 'counts', 'lastpos', 'start',
                 'end', 'sub_end', 'look_end', 'must_advance', 'full')

    def __init__(self, s, ngroups, nrepeats, full, must_advance):
        self.s = s
        self.n = len(s)
        self.marks = [-1] * (2 * ngroups)
        self.starts = [-1] * ngroups
        self.lastindex = None
        self.counts = [0] * nrepeats
        self.lastpos = [-1] * nrepeats
        self.start = 0
        self.end = -1
        self.sub_end = -1
        self.look_end = -1
        self.must_advance = must_advance
        self.full = full


def _accept(st, i):
    """The end of a sub-match (atomic groups, lookarounds): remember where it ended."""
    st.sub_end = i
    return True


def _done(st, i):
    """The end of the whole pattern."""
    if st.must_advance and i == st.start:
        return False
    if st.full and i != st.n:
        return False
    st.end = i
    return True


class _Compiler:
    def __init__(self):
        self.nrepeats = 0

    def sequence(self, seq, flags, nxt):
        """The matcher of a list of nodes followed by nxt."""
        fn = nxt
        i = len(seq)
        while i > 0:
            i -= 1
            node = seq[i]
            if node[0] == 'lit' and not flags & FLAG_IGNORECASE:
                # Consecutive literal characters match as one string.
                j = i
                while j > 0 and seq[j - 1][0] == 'lit':
                    j -= 1
                fn = self.literal(''.join(n[1] for n in seq[j:i + 1]), fn)
                i = j
            else:
                fn = self.node(node, flags, fn)
        return fn

    def node(self, node, flags, nxt):
        return getattr(self, 'node_' + node[0])(node, flags, nxt)

    def literal(self, text, nxt):
        if len(text) == 1:
            def match_char(st, i):
                return i < st.n and st.s[i] == text and nxt(st, i + 1)
            return match_char
        size = len(text)

        def match_text(st, i):
            return st.s.startswith(text, i) and nxt(st, i + size)
        return match_text

    def node_lit(self, node, flags, nxt):
        return self.node_in(node, flags, nxt)

    def node_any(self, node, flags, nxt):
        return self.node_in(node, flags, nxt)

    def node_in(self, node, flags, nxt):
        test = _char_predicate(node, flags)

        def match_class(st, i):
            return i < st.n and test(st.s[i]) and nxt(st, i + 1)
        return match_class

    def node_at(self, node, flags, nxt):
        kind = node[1]
        multiline = flags & FLAG_MULTILINE
        if kind == 'bol':
            if multiline:
                return lambda st, i: (i == 0 or st.s[i - 1] == '\n') and nxt(st, i)
            return lambda st, i: i == 0 and nxt(st, i)
        if kind == 'eol':
            if multiline:
                return lambda st, i: (i == st.n or st.s[i] == '\n') and nxt(st, i)
            return lambda st, i: (i == st.n or (i == st.n - 1 and st.s[i] == '\n')) and nxt(st, i)
        if kind == 'A':
            return lambda st, i: i == 0 and nxt(st, i)
        if kind == 'Z':
            return lambda st, i: i == st.n and nxt(st, i)
        is_word = _category('w', _ascii_only(flags))

        def at_boundary(st, i):
            s = st.s
            if not st.n:
                return False
            before = i > 0 and is_word(s[i - 1])
            after = i < st.n and is_word(s[i])
            return before != after
        if kind == 'b':
            return lambda st, i: at_boundary(st, i) and nxt(st, i)
        return lambda st, i: st.n > 0 and not at_boundary(st, i) and nxt(st, i)

    def node_alt(self, node, flags, nxt):
        choices = [self.sequence(seq, flags, nxt) for seq in node[1]]

        def match_alternatives(st, i):
            for choice in choices:
                if choice(st, i):
                    return True
            return False
        return match_alternatives

    def node_group(self, node, flags, nxt):
        gid, seq, on, off = node[1], node[2], node[3], node[4]
        flags = (flags | on) & ~off
        if gid is None:
            return self.sequence(seq, flags, nxt)
        start_mark = 2 * gid

        def close_group(st, j):
            marks = st.marks
            old_start = marks[start_mark]
            old_end = marks[start_mark + 1]
            old_lastindex = st.lastindex
            marks[start_mark] = st.starts[gid]
            marks[start_mark + 1] = j
            st.lastindex = gid
            if nxt(st, j):
                return True
            marks[start_mark] = old_start
            marks[start_mark + 1] = old_end
            st.lastindex = old_lastindex
            return False
        inner = self.sequence(seq, flags, close_group)

        def open_group(st, i):
            old = st.starts[gid]
            st.starts[gid] = i
            if inner(st, i):
                return True
            st.starts[gid] = old
            return False
        return open_group

    def node_rep(self, node, flags, nxt):
        min_, max_, seq, mode = node[1], node[2], node[3], node[4]
        if mode == 'possessive':
            return self.atomic(('rep', min_, max_, seq, 'greedy'), flags, nxt)
        tests = _fixed_width_tests(seq, flags)
        if tests is None:
            return self.general_repeat(seq, flags, min_, max_, mode, nxt)
        if len(tests) == 1:
            return self.char_repeat(tests[0], min_, max_, mode, nxt)
        return self.fixed_repeat(tests, min_, max_, mode, nxt)

    def fixed_repeat(self, tests, min_, max_, mode, nxt):
        """A repeat of a fixed run of characters: count the iterations in a loop, then back
        off (or extend, when lazy) one iteration at a time."""
        size = len(tests)

        def matches_at(s, j):
            for k in range(size):
                if not tests[k](s[j + k]):
                    return False
            return True

        def greedy(st, i):
            s = st.s
            count = 0
            j = i
            while count < max_ and j + size <= st.n and matches_at(s, j):
                count += 1
                j += size
            while count >= min_:
                if nxt(st, j):
                    return True
                count -= 1
                j -= size
            return False

        def lazy(st, i):
            s = st.s
            count = 0
            j = i
            while True:
                if count >= min_ and nxt(st, j):
                    return True
                if count >= max_ or j + size > st.n or not matches_at(s, j):
                    return False
                count += 1
                j += size
        return greedy if mode == 'greedy' else lazy

    def char_repeat(self, test, min_, max_, mode, nxt):
        """A repeat of one character: scan the run, then back off (or extend, when lazy)."""
        if mode == 'greedy':
            def greedy(st, i):
                s = st.s
                limit = st.n if max_ == MAXREPEAT else min(st.n, i + max_)
                j = i
                while j < limit and test(s[j]):
                    j += 1
                lowest = i + min_
                while j >= lowest:
                    if nxt(st, j):
                        return True
                    j -= 1
                return False
            return greedy

        def lazy(st, i):
            s = st.s
            j = i
            lowest = i + min_
            while j < lowest:
                if j >= st.n or not test(s[j]):
                    return False
                j += 1
            limit = st.n if max_ == MAXREPEAT else min(st.n, i + max_)
            while True:
                if nxt(st, j):
                    return True
                if j >= limit or not test(s[j]):
                    return False
                j += 1
        return lazy

    def general_repeat(self, seq, flags, min_, max_, mode, nxt):
        r = self.nrepeats
        self.nrepeats += 1

        def iterate(st, i, n):
            st.counts[r] = n + 1
            old = st.lastpos[r]
            st.lastpos[r] = i
            if body(st, i):
                return True
            st.counts[r] = n
            st.lastpos[r] = old
            return False

        if mode == 'greedy':
            def loop(st, i):
                n = st.counts[r]
                if n < min_:
                    return iterate(st, i, n)
                # Another iteration only if the last one moved (an empty one would loop).
                if n < max_ and i != st.lastpos[r] and iterate(st, i, n):
                    return True
                return nxt(st, i)
        else:
            def loop(st, i):
                n = st.counts[r]
                if n < min_:
                    return iterate(st, i, n)
                if nxt(st, i):
                    return True
                return n < max_ and i != st.lastpos[r] and iterate(st, i, n)
        body = self.sequence(seq, flags, loop)

        def enter_repeat(st, i):
            old_count = st.counts[r]
            old_lastpos = st.lastpos[r]
            st.counts[r] = 0
            st.lastpos[r] = -1
            if loop(st, i):
                return True
            st.counts[r] = old_count
            st.lastpos[r] = old_lastpos
            return False
        return enter_repeat

    def node_atomic(self, node, flags, nxt):
        return self.atomic(('group', None, node[1], 0, 0), flags, nxt)

    def atomic(self, node, flags, nxt):
        """node matched once, its first way, never backtracked into."""
        inner = self.node(node, flags, _accept)

        def match_atomic(st, i):
            saved = st.marks[:]
            saved_lastindex = st.lastindex
            if not inner(st, i):
                return False
            if nxt(st, st.sub_end):
                return True
            st.marks[:] = saved
            st.lastindex = saved_lastindex
            return False
        return match_atomic

    def node_look(self, node, flags, nxt):
        behind, negated, seq = node[1], node[2], node[3]
        if behind:
            size = width(seq)[0]
            inner_end = self.sequence(seq, flags, lambda st, j: j == st.look_end)

            def inner(st, i):
                if i < size:
                    return False
                old = st.look_end
                st.look_end = i
                found = inner_end(st, i - size)
                st.look_end = old
                return found
        else:
            inner = self.sequence(seq, flags, _accept)

        def look(st, i):
            saved = st.marks[:]
            saved_lastindex = st.lastindex
            found = inner(st, i)
            if found != negated and nxt(st, i):
                return True
            st.marks[:] = saved
            st.lastindex = saved_lastindex
            return False
        return look

    def node_ref(self, node, flags, nxt):
        start_mark = 2 * node[1]
        ignore_case = flags & FLAG_IGNORECASE
        fold = _case_fold(flags)

        def backreference(st, i):
            a = st.marks[start_mark]
            b = st.marks[start_mark + 1]
            if a < 0 or b < 0:
                return False
            text = st.s[a:b]
            size = b - a
            if ignore_case:
                if i + size > st.n or fold(st.s[i:i + size]) != fold(text):
                    return False
            elif not st.s.startswith(text, i):
                return False
            return nxt(st, i + size)
        return backreference

    def node_refif(self, node, flags, nxt):
        end_mark = 2 * node[1] + 1
        yes = self.sequence(node[2], flags, nxt)
        no = self.sequence(node[3] or [], flags, nxt)
        return lambda st, i: (yes if st.marks[end_mark] >= 0 else no)(st, i)


def _literal_prefix(seq, flags):
    """The literal text every match starts with (for finding candidates with str.find)."""
    if flags & FLAG_IGNORECASE:
        return ''
    chars = []
    for node in seq:
        if node[0] != 'lit':
            break
        chars.append(node[1])
    return ''.join(chars)


class Program:
    """A compiled pattern: finds matches in strings."""

    def __init__(self, seq, flags, ngroups):
        compiler = _Compiler()
        self.entry = compiler.sequence(seq, flags, _done)
        self.ngroups = ngroups
        self.nrepeats = compiler.nrepeats
        self.prefix = _literal_prefix(seq, flags)
        first = seq[0] if seq else None
        self.anchored = (first is not None and first[0] == 'at'
                         and (first[1] == 'A' or (first[1] == 'bol'
                                                  and not flags & FLAG_MULTILINE)))

    def run(self, s, pos, endpos, search, full=False, must_advance=False):
        """(state, start) of the first match at pos (or, when searching, after it), or None."""
        if endpos < len(s):
            s = s[:endpos]
        if pos > len(s):
            return None
        try:
            return self._scan(State(s, self.ngroups, self.nrepeats, full, must_advance), pos,
                              search)
        except RecursionError:
            pass
        # Deep backtracking: match again with room to recurse.
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, _MATCH_RECURSION_LIMIT))
        try:
            return self._scan(State(s, self.ngroups, self.nrepeats, full, must_advance), pos,
                              search)
        finally:
            sys.setrecursionlimit(limit)

    def _scan(self, st, pos, search):
        entry = self.entry
        st.start = pos
        if entry(st, pos):
            return st, pos
        if not search or self.anchored:
            return None
        st.must_advance = False
        prefix = self.prefix
        start = pos + 1
        while start <= st.n:
            if prefix:
                start = st.s.find(prefix, start)
                if start < 0:
                    return None
            st.start = start
            if entry(st, start):
                return st, start
            start += 1
        return None
