"""JSONEncoder: Python values to JSON text, with CPython's formatting and errors."""

__all__ = ['JSONEncoder']

# Escapes for the characters JSON strings can't hold as themselves.
_ESCAPES = {i: '\\u%04x' % i for i in range(0x20)}
_ESCAPES.update({ord('"'): '\\"', ord('\\'): '\\\\', ord('\b'): '\\b', ord('\f'): '\\f',
                 ord('\n'): '\\n', ord('\r'): '\\r', ord('\t'): '\\t'})
_ASCII_ESCAPES = dict(_ESCAPES)
_ASCII_ESCAPES[0x7f] = '\\u007f'

_INFINITY = float('inf')


def _needs_no_escape(s):
    return s.isprintable() and '"' not in s and '\\' not in s


def encode_basestring(s):
    """s as a JSON string literal, keeping non-ASCII characters as they are."""
    if _needs_no_escape(s):
        return '"' + s + '"'
    return '"' + s.translate(_ESCAPES) + '"'


def _ascii_escape(ch):
    code = ord(ch)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def encode_basestring_ascii(s):
    """s as a JSON string literal made of ASCII characters only."""
    if s.isascii() and _needs_no_escape(s):
        return '"' + s + '"'
    s = s.translate(_ASCII_ESCAPES)
    if not s.isascii():
        s = ''.join([ch if ch < '\x80' else _ascii_escape(ch) for ch in s])
    return '"' + s + '"'


class JSONEncoder:
    """Extensible JSON encoder: override default() to serialize more types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return self._encode_str(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterable of chunks."""
        return iter(_Serializer(self).run(o))

    def _encode_str(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)


class _Serializer:
    """One serialization: the encoder's options, the output chunks and the circularity marks."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.chunks = []
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.encode_str = encoder._encode_str

    def run(self, o):
        self.value(o, 0)
        return self.chunks

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def scalar_text(self, o):
        """The text of a JSON scalar, or None when o is a container or needs default()."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def value(self, o, level):
        text = self.scalar_text(o)
        if text is not None:
            self.chunks.append(text)
        elif isinstance(o, (list, tuple)):
            self.guarded(o, self.array, level)
        elif isinstance(o, dict):
            self.guarded(o, self.object, level)
        else:
            self.guarded(o, self.converted, level)

    def guarded(self, o, serialize, level):
        markers = self.markers
        if markers is None:
            serialize(o, level)
            return
        key = id(o)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = o
        serialize(o, level)
        del markers[key]

    def converted(self, o, level):
        self.value(self.encoder.default(o), level)

    def open(self, bracket, level):
        """Write the opening bracket; return the separator between items."""
        chunks = self.chunks
        chunks.append(bracket)
        if self.indent is None:
            return self.encoder.item_separator
        newline_indent = '\n' + self.indent * (level + 1)
        chunks.append(newline_indent)
        return self.encoder.item_separator + newline_indent

    def close(self, bracket, level):
        if self.indent is not None:
            self.chunks.append('\n' + self.indent * level)
        self.chunks.append(bracket)

    def array(self, items, level):
        if not items:
            self.chunks.append('[]')
            return
        separator = self.open('[', level)
        first = True
        for item in items:
            if not first:
                self.chunks.append(separator)
            first = False
            self.value(item, level + 1)
        self.close(']', level)

    def key_text(self, key):
        """The JSON text of a dict key, or None when skipkeys drops it."""
        if isinstance(key, str):
            return self.encode_str(key)
        if isinstance(key, float):
            text = self.float_text(key)
        elif key is True:
            text = 'true'
        elif key is False:
            text = 'false'
        elif key is None:
            text = 'null'
        elif isinstance(key, int):
            text = int.__repr__(key)
        elif self.encoder.skipkeys:
            return None
        else:
            raise TypeError(f'keys must be str, int, float, bool or None, '
                            f'not {key.__class__.__name__}')
        return self.encode_str(text)

    def object(self, dct, level):
        if not dct:
            self.chunks.append('{}')
            return
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        separator = self.open('{', level)
        key_separator = self.encoder.key_separator
        chunks = self.chunks
        first = True
        for key, item in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                chunks.append(separator)
            first = False
            chunks.append(key)
            chunks.append(key_separator)
            self.value(item, level + 1)
        self.close('}', level)
