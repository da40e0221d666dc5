"""Extracting, formatting and printing stack traces, written for wasmpy after CPython 3.11's
traceback API.

Frames are shown as CPython shows them (file, line, function, source line, and the carets under
the failing expression, `~~^^` where an operator or subscript failed).
"""

import linecache
import sys
from _wasmpy import caret_anchors as _caret_anchors

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT_MESSAGE = ('\nDuring handling of the above exception, another exception occurred:'
                    '\n\n')
_sentinel = object()


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end='')


class FrameSummary:
    """One frame of a stack: filename, lineno, name, the source line (read lazily), and where
    on it the failing expression is (end_lineno, colno, end_colno: UTF-8 offsets, or None)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        """The source line as it is in the file, whitespace included."""
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """(frame, lineno) from frame f outwards (from the frame iterating when f is None)."""
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each level of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    """(frame, (lineno, end_lineno, colno, end_colno)) for each level of a traceback."""
    while tb is not None:
        positions = _code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    for index, position in enumerate(code.co_positions()):
        if index == instruction_index // 2:
            return position
    return (None, None, None, None)


def _limited(frames, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    frames = list(frames)
    if limit is None:
        return frames
    if limit >= 0:
        return frames[:limit]
    return frames[limit:]


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of (frame, lineno) pairs as walk_stack/walk_tb give them."""
        return klass._extract_from_extended_frame_gen(
            ((f, (lineno, None, None, None)) for f, lineno in frame_gen),
            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in _limited(frame_gen, limit):
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=False,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: its location line, then its source line if known, with carets
        under the failing expression unless it is the whole line."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            carets = _carets(frame_summary, stripped_line)
            if carets:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """One string per frame; runs of the same frame beyond three are summarised."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            here = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if here != last:
                result += _repeat_note(count)
                last = here
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(formatted)
        return result + _repeat_note(count)


def _carets(frame_summary, stripped_line):
    """The caret line under a frame's source line (CPython 3.11's arithmetic), or ''."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return ''
    original = frame_summary._original_line
    stripped_characters = len(original) - len(frame_summary.line.lstrip())
    start_offset = _byte_offset_to_character_offset(original, frame_summary.colno) + 1
    end_offset = _byte_offset_to_character_offset(original, frame_summary.end_colno) + 1
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        anchors = _caret_anchors(original[start_offset - 1:end_offset - 1])
    else:
        end_offset = stripped_characters + len(stripped_line)
    if end_offset - start_offset >= len(stripped_line) and not (anchors and anchors[1] - anchors[0] > 0):
        return ''
    if not anchors:
        return '    ' + ' ' * (start_offset - stripped_characters) + '^' * (end_offset - start_offset) + '\n'
    left, right = anchors
    return ('    ' + ' ' * (start_offset - stripped_characters) + '~' * left + '^' * (right - left)
            + '~' * (end_offset - start_offset - right) + '\n')


def _byte_offset_to_character_offset(text, offset):
    return len(text.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _repeat_note(count):
    if count <= _RECURSIVE_CUTOFF:
        return []
    count -= _RECURSIVE_CUTOFF
    return [f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n']


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


def _type_name(exc_type):
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module not in ('__main__', 'builtins'):
        if not isinstance(module, str):
            module = '<unknown>'
        name = module + '.' + name
    return name


class TracebackException:
    """An exception ready for formatting: its type, text, stack and chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.exceptions = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = self.__context__ = None
        if exc_value is None:
            return

        def chained(value):
            if value is None or id(value) in _seen:
                return None
            return TracebackException(type(value), value, value.__traceback__, limit=limit,
                                      lookup_lines=lookup_lines, capture_locals=capture_locals,
                                      _seen=_seen)

        self.__cause__ = chained(exc_value.__cause__)
        if not (compact and (self.__cause__ is not None or self.__suppress_context__)):
            self.__context__ = chained(exc_value.__context__)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The lines naming the exception (for a SyntaxError, also where it points), then its
        notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, filename_suffix)

    def format(self, *, chain=True):
        """The lines of the whole report, oldest chained exception first."""
        output = []
        exc = self
        while exc is not None:
            if not chain:
                message, next_exc = None, None
            elif exc.__cause__ is not None:
                message, next_exc = _CAUSE_MESSAGE, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, next_exc = _CONTEXT_MESSAGE, exc.__context__
            else:
                message, next_exc = None, None
            output.append((message, exc))
            exc = next_exc
        for message, exc in reversed(output):
            if message is not None:
                yield message
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()


def _format_final_exc_line(etype, value):
    if etype is None:
        etype = 'NoneType'
    if value is None or not value:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, value)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report of an exception, as print_exception writes them."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print the report of an exception (traceback, chained exceptions) to file or stderr."""
    _print_lines(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_sentinel):
    """The lines naming an exception: 'Type: message' (and a SyntaxError's location)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as a string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback."""
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or of frame f and its callers), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """One string per frame of a StackSummary or a list of tuples."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_tb(tb, limit=None, file=None):
    _print_lines(format_tb(tb, limit=limit), file)


def print_list(extracted_list, file=None):
    _print_lines(format_list(extracted_list), file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear the locals of a traceback's frames: a no-op here, as frames can't be cleared."""
