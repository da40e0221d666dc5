"""Common string constants and classes (Formatter, Template), written for wasmpy.

wasmpy has no `re`, so Template scans its placeholders by hand: a subclass may change
`delimiter`, but `idpattern`, `braceidpattern` and `pattern` (regular expressions in CPython)
are not consulted; identifiers are ASCII letters, digits and underscores, as CPython's default.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# --- Template ---------------------------------------------------------------------------------

_sentinel_dict = {}
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _Placeholder:
    """One delimiter occurrence in a template: what kind it is and where it is."""
    __slots__ = ('kind', 'name', 'start', 'end')

    def __init__(self, kind, name, start, end):
        self.kind = kind  # 'escaped', 'named', 'braced' or 'invalid'
        self.name = name
        self.start = start  # index of the delimiter
        self.end = end  # index after the placeholder


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _identifier_end(self, i):
        """The end of the identifier starting at i (i itself when there is none)."""
        template = self.template
        n = len(template)
        if i >= n or template[i] not in _ID_START:
            return i
        i += 1
        while i < n and template[i] in _ID_CHARS:
            i += 1
        return i

    def _placeholders(self):
        """The placeholders of the template, left to right."""
        template = self.template
        delim = self.delimiter
        dlen = len(delim)
        i = template.find(delim)
        while i >= 0:
            after = i + dlen
            if template.startswith(delim, after):
                found = _Placeholder('escaped', None, i, after + dlen)
            else:
                end = self._identifier_end(after)
                if end > after:
                    found = _Placeholder('named', template[after:end], i, end)
                elif template.startswith('{', after):
                    end = self._identifier_end(after + 1)
                    if end > after + 1 and template.startswith('}', end):
                        found = _Placeholder('braced', template[after + 1:end], i, end + 1)
                    else:
                        found = _Placeholder('invalid', None, i, after)
                else:
                    found = _Placeholder('invalid', None, i, after)
            yield found
            i = template.find(delim, found.end)

    def _invalid(self, placeholder):
        i = placeholder.end
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _substitute(self, mapping, safe):
        pieces = []
        last = 0
        template = self.template
        for p in self._placeholders():
            pieces.append(template[last:p.start])
            last = p.end
            if p.kind == 'escaped':
                pieces.append(self.delimiter)
            elif p.kind == 'invalid':
                if not safe:
                    self._invalid(p)
                pieces.append(template[p.start:p.end])
            elif safe:
                try:
                    pieces.append(str(mapping[p.name]))
                except KeyError:
                    pieces.append(template[p.start:p.end])
            else:
                pieces.append(str(mapping[p.name]))
        pieces.append(template[last:])
        return ''.join(pieces)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        return all(p.kind != 'invalid' for p in self._placeholders())

    def get_identifiers(self):
        ids = []
        for p in self._placeholders():
            if p.kind in ('named', 'braced') and p.name not in ids:
                ids.append(p.name)
        return ids


class _ChainMap:
    """Keyword arguments first, then the mapping (what substitute() looks names up in)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# --- Formatter --------------------------------------------------------------------------------

def _parse_format(format_string):
    """What _string.formatter_parser yields: (literal_text, field_name, format_spec, conversion)
    for each replacement field (the last tuple may be literal text alone, with None fields)."""
    n = len(format_string)
    i = 0
    literal = []
    while i < n:
        c = format_string[i]
        if c == '{':
            if i + 1 < n and format_string[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            field_end = _field_end(format_string, i + 1)
            field_name, format_spec, conversion = _split_field(format_string[i + 1:field_end])
            yield ''.join(literal), field_name, format_spec, conversion
            literal = []
            i = field_end + 1
        elif c == '}':
            if i + 1 < n and format_string[i + 1] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _field_end(s, start):
    """The index of the '}' closing the field that starts at start (nested braces counted)."""
    depth = 1
    i = start
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("expected '}' before end of string")


def _split_field(field):
    """A field's text split into (field_name, format_spec, conversion)."""
    i = 0
    n = len(field)
    while i < n and field[i] not in '!:':
        if field[i] == '[':
            close = field.find(']', i)
            if close < 0:
                break
            i = close
        i += 1
    name = field[:i]
    conversion = None
    if i < n and field[i] == '!':
        if i + 1 >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec = field[i + 1:] if i < n else ''
    return name, spec, conversion


def _split_field_name(field_name):
    """What _string.formatter_field_name_split gives: the first name (an int when it is digits)
    and the (is_attribute, key) accessors that follow it."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
            i = j
        elif c == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    """The machinery of str.format as overridable methods (parse, get_field, get_value,
    convert_field, format_field, check_unused_args)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '' becomes the next automatic index; '0' or 'name' turns automatic numbering off.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object field_name designates, and the argument it came from (first)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
