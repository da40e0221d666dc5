"""JSONDecoder: JSON text to Python values, with CPython's error messages and positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX_DIGITS = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class JSONDecodeError(ValueError):
    """A ValueError carrying where the document went wrong: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    """Raised by the scanner when no JSON value starts at .pos."""

    def __init__(self, pos):
        self.pos = pos


def _skip_whitespace(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, i, error_pos):
    """The code unit of the 4 hex digits at s[i:i+4]."""
    digits = s[i:i + 4]
    if len(digits) != 4 or any(d not in _HEX_DIGITS for d in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, error_pos)
    return int(digits, 16)


def _unicode_escape(s, i):
    """Decode the \\uXXXX escape whose 'u' is at s[i] (joining a surrogate pair); return
    (text, index after it)."""
    if i + 5 >= len(s):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
    code = _hex4(s, i + 1, i)
    end = i + 5
    if 0xd800 <= code <= 0xdbff and end + 6 < len(s) and s[end:end + 2] == '\\u':
        low = _hex4(s, end + 2, end + 1)
        if 0xdc00 <= low <= 0xdfff:
            return chr(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)), end + 6
    return chr(code), end


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (after the opening quote); return
    (str, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    pieces = []
    while True:
        quote = s.find('"', end)
        backslash = s.find('\\', end, quote if quote >= 0 else n)
        stop = backslash if backslash >= 0 else quote
        if stop < 0:
            _check_controls(s, end, n, strict)
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        _check_controls(s, end, stop, strict)
        pieces.append(s[end:stop])
        if stop == quote:
            return ''.join(pieces), quote + 1
        end = stop + 1
        if end == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc == 'u':
            text, end = _unicode_escape(s, end)
        else:
            text = _SIMPLE_ESCAPES.get(esc)
            if text is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        pieces.append(text)


def _check_controls(s, start, stop, strict):
    """In strict mode, reject a raw control character in s[start:stop]."""
    if not strict or s[start:stop].isprintable():
        return
    for i in range(start, stop):
        if s[i] < ' ':
            raise JSONDecodeError("Invalid control character at", s, i)


class _Scanner:
    """One parse of a document with a decoder's hooks."""

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def value(self, i):
        """Decode the value starting at s[i]; return (value, end) or raise _NoValue."""
        s = self.s
        if i >= len(s):
            raise _NoValue(i)
        ch = s[i]
        if ch == '"':
            return scanstring(s, i + 1, self.strict)
        if ch == '{':
            return self.object(i + 1)
        if ch == '[':
            return self.array(i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        if ch == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i = self.digits(i + 1)
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i = self.digits(i + 2)
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                i = self.digits(j + 1)
                is_float = True
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def digits(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _DIGITS:
            i += 1
        return i

    def member_value(self, i):
        try:
            return self.value(i)
        except _NoValue as e:
            raise JSONDecodeError("Expecting value", self.s, e.pos) from None

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_whitespace(s, i)
        if s[i:i + 1] != '}':
            while True:
                if s[i:i + 1] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes",
                                          s, i)
                key, i = scanstring(s, i + 1, self.strict)
                i = _skip_whitespace(s, i)
                if s[i:i + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                value, i = self.member_value(_skip_whitespace(s, i + 1))
                pairs.append((key, value))
                i = _skip_whitespace(s, i)
                if s[i:i + 1] == '}':
                    break
                if s[i:i + 1] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_whitespace(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i + 1

    def array(self, i):
        s = self.s
        values = []
        i = _skip_whitespace(s, i)
        if s[i:i + 1] != ']':
            while True:
                value, i = self.member_value(i)
                values.append(value)
                i = _skip_whitespace(s, i)
                if s[i:i + 1] == ']':
                    break
                if s[i:i + 1] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_whitespace(s, i + 1)
        return values, i + 1


class JSONDecoder:
    """Simple JSON decoder; the hooks customise how objects, numbers and constants are built."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (whitespace around it allowed)."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value at the start of s[idx:]; return (value, end index)."""
        try:
            return _Scanner(self, s).value(idx)
        except _NoValue as e:
            raise JSONDecodeError("Expecting value", s, e.pos) from None
