"""Text wrapping and filling, written for wasmpy.

CPython splits text into chunks with regular expressions; wasmpy has no `re`, so _split() scans
the text by hand with the same rules: whitespace runs, em-dashes between words, and words that
may break after a hyphen between letters.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_whitespace_set = frozenset(_whitespace)
_word_punct_extra = frozenset('!"\'&.,?')


def _is_word(c):
    """re's \\w."""
    return c.isalnum() or c == '_'


def _is_letter(c):
    """re's [^\\d\\W]: a word character that is not a digit."""
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in _word_punct_extra


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and convert all other whitespace characters to spaces."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks."""
        if self.break_on_hyphens:
            return _split_hyphenated(text)
        return _split_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after a sentence end ('[a-z][.!?]["\\']?' at a chunk's end)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break the next chunk, too long for any line, to fill the current line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of text chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError(f'invalid width {self.width!r} (must be > 0)')
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    self._add_placeholder(lines, cur_line, cur_len, width, indent)
                    break
        return lines

    def _add_placeholder(self, lines, cur_line, cur_len, width, indent):
        """The line reached max_lines: end it (or the previous one) with the placeholder."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return '\n'.join(self.wrap(text))


def _ends_sentence(chunk):
    """CPython's sentence_end_re: a lowercase letter, then . ! or ?, then maybe a quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def _split_whitespace(text):
    """Chunks for break_on_hyphens=False: whitespace runs and the runs between them."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        in_space = text[i] in _whitespace_set
        while j < n and (text[j] in _whitespace_set) == in_space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_hyphenated(text):
    """Chunks for break_on_hyphens=True: whitespace runs, em-dashes ('--' and longer between a
    word and a word character), and words, broken after hyphens between letters."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace_set:
            j = i + 1
            while j < n and text[j] in _whitespace_set:
                j += 1
        else:
            j = _em_dash_end(text, i)
            if j == i:
                j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _em_dash_end(text, i):
    """The end of an em-dash starting at i (preceded by a word or punctuation character, two or
    more hyphens, then a word character), or i when there is none."""
    if i == 0 or not _is_word_punct(text[i - 1]):
        return i
    j = i
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word(text[j]):
        return j
    return i


def _word_end(text, i):
    """The end of the word chunk starting at i: the shortest run of non-whitespace that ends
    at whitespace or the end, before an em-dash, or just after a breakable hyphen."""
    n = len(text)
    j = i + 1
    while True:
        if j >= n or text[j] in _whitespace_set:
            return j
        if text[j] == '-' and _hyphen_breaks(text, j):
            return j + 1
        if _is_word_punct(text[j - 1]) and _em_dash_end(text, j) > j:
            return j
        j += 1


def _hyphen_breaks(text, j):
    """Whether a word may break after the hyphen at j: two letters (or letter-hyphen-letter)
    before it, and a letter, an optional hyphen and a letter after it."""
    before_ok = (j >= 2 and _is_letter(text[j - 1]) and _is_letter(text[j - 2])) or (
        j >= 3 and _is_letter(text[j - 1]) and text[j - 2] == '-' and _is_letter(text[j - 3]))
    if not before_ok:
        return False
    n = len(text)
    k = j + 1
    if k >= n or not _is_letter(text[k]):
        return False
    k += 1
    if k < n and text[k] == '-':
        k += 1
    return k < n and _is_letter(text[k])


# -- Convenience interface ---------------------------------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- Loosely related functionality -------------------------------------------------------------

def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to a newline
    character in the output.
    """
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            lines[index] = ''
            continue
        indent = line[:len(line) - len(content)]
        margin = _common_margin(margin, indent)
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def _common_margin(margin, indent):
    """The longest common prefix of the margin so far and a line's indentation."""
    if margin is None or margin.startswith(indent):
        return indent
    if indent.startswith(margin):
        return margin
    for i, (x, y) in enumerate(zip(margin, indent)):
        if x != y:
            return margin[:i]
    return margin


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        return ''.join(prefix + line if line.strip() else line for line in text.splitlines(True))
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
