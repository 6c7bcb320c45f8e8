// textwrap, written in Python: TextWrapper, wrap, fill, shorten, dedent and indent.
//
// CPython splits text into chunks with regular expressions (words, whitespace runs, and with
// break_on_hyphens the pieces of hyphenated words and em-dashes). pyrust has no `re`: the
// splitter below is a hand-written scanner that yields exactly the chunks those expressions
// yield (checked against CPython on hundreds of thousands of random strings while writing it).
// The class attributes that hold the compiled expressions (wordsep_re, ...) are not provided.

extension LibrarySource {
    static let textwrap = #"""
"""Text wrapping and filling."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap works with: ASCII only, as in CPython.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _dashes_then_word(text, j, n):
    # text[j:] starts with two or more hyphens followed by a word character (an em-dash).
    if j + 1 >= n or text[j] != '-' or text[j + 1] != '-':
        return False
    k = j + 2
    while k < n and text[k] == '-':
        k += 1
    return k < n and _is_word_char(text[k])


def _hyphen_breaks_after(text, j, n):
    # A hyphen at j that a line may break after: letters on both sides, as in
    # "well-known" (two letters before it, or letter-hyphen-letter before it).
    if not (j + 1 < n and _is_letter(text[j + 1])):
        return False
    if not ((j + 2 < n and _is_letter(text[j + 2]))
            or (j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3]))):
        return False
    if j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]):
        return True
    return j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1])


def _split_on_hyphens(text):
    # Whitespace runs, em-dashes between words, and words split after their hyphens.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i, n):
            j = i + 2
            while text[j] == '-':
                j += 1
        else:
            j = i + 1
            while j < n and text[j] not in _whitespace:
                if text[j] == '-':
                    if _hyphen_breaks_after(text, j, n):
                        j += 1
                        break
                    if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j, n):
                        break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    # Whitespace runs and the runs between them.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lower-case letter, then . ! or ?, then maybe a quote, at the end of the chunk.
    k = len(chunk)
    if k and chunk[-1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    """Wraps and fills text: see the module's wrap() and fill()."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
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
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        # Only break_on_hyphens *is* True selects the hyphen-aware splitter, as in CPython.
        if self.break_on_hyphens is True:
            chunks = _split_on_hyphens(text)
        else:
            chunks = _split_on_whitespace(text)
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a whole line: split it (or, without break_long_words, give it
        # a line of its own).
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that has something else before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()   # consumed from the end
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            line = []
            line_len = 0
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks and line_len + len(chunks[-1]) <= width:
                line_len += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, line_len, width)
                line_len = sum([len(piece) for piece in line])
            if self.drop_whitespace and line and line[-1].strip() == '':
                line_len -= len(line[-1])
                del line[-1]
            if not line:
                continue
            fits = (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or ((not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()))
                        and line_len <= width))
            if fits:
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and line_len + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                line_len -= len(line[-1])
                del line[-1]
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(placeholder) <= self.width:
                    lines[-1] = previous + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to self.width (a list, without final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped to self.width, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate text to fit in width, ending with the placeholder if cut."""
    if 'max_lines' in kwargs:
        raise TypeError("textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'")
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace every line (that has text) starts with."""
    if not isinstance(text, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            lines[k] = ''    # lines of only spaces and tabs are emptied
            continue
        indent = line[:len(line) - len(content)]
        if margin is None:
            margin = indent
        elif not indent.startswith(margin):
            common = 0
            while common < len(margin) and common < len(indent) and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate is true (default: not blank)."""
    pieces = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        pieces.append(prefix + line if keep else line)
    return ''.join(pieces)
"""#
}
