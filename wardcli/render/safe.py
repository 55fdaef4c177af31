"""Page text is hostile: make it inert for terminals and spreadsheets.

`terminal_safe` turns C0/C1 control characters (ESC included), bidi controls (U+202E ...) and
other invisible format characters into visible escapes such as ``\\x1b`` and ``\\u202e``, so
nothing from a page can move the cursor, recolour the terminal or reorder what is shown.
Rich markup is a separate danger: callers put page text in `rich.text.Text` (never in a
markup string), so "[bold red]" stays literal.

`csv_safe` neutralises cells that a spreadsheet would read as a formula.
"""

from __future__ import annotations

import re
import unicodedata

_KEEP = {"\n", "\t"}
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]")


def _escape(c: str) -> str:
    n = ord(c)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def terminal_safe(s: str, keep_newlines: bool = True) -> str:
    r"""Visible escapes for every character that could act on a terminal.

    >>> terminal_safe("a\x1b[31mb\u202e")
    'a\\x1b[31mb\\u202e'
    """
    if s is None:
        return ""
    s = str(s)
    if _UNSAFE.search(s) is None and s.isprintable():
        return s
    out = []
    for c in s:
        if c in _KEEP and keep_newlines:
            out.append(c)
        elif _UNSAFE.match(c) or (unicodedata.category(c) in ("Cf", "Cc", "Co", "Cs") and c not in _KEEP):
            out.append(_escape(c))
        else:
            out.append(c)
    return "".join(out)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_safe(value: object) -> object:
    """Prefix a text cell that starts like a formula with an apostrophe (OWASP's advice).

    Numbers are left as numbers; only strings are changed.

    >>> csv_safe("=HYPERLINK(\\"x\\")"), csv_safe("-5"), csv_safe(-5)
    ('\\'=HYPERLINK("x")', "'-5", -5)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
