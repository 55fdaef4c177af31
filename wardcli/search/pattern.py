"""Patterns -> one bytes regex over the search alphabet (`marks`), with smart folding.

Smart folding works as ripgrep's smart case. A pattern written without Vietnamese diacritics
(no "đ" either) folds case and diacritics on both sides: "tuong mai" finds "Tương Mai",
"TƯƠNG MAI" and NFD text. A pattern written with them keeps them but ignores case, NFC/NFD and
old/new tone placement: "Hòa" finds "Hoà", "Tương" does not find "tưởng". `mode="fold"` or
`mode="exact"` forces either side for every pattern.

The pattern is read as a Python regular expression, then each literal character, class and
class escape is rewritten for the bytes it can match in the stored text; the rest of the syntax
(groups, alternation, quantifiers, anchors, backreferences) is kept. Hence:

- matches never cross a line (a paragraph): `^` and `$` are line anchors, as in grep;
- `.` and a class match one character of the original whenever it folds 1:1 (every Vietnamese
  character does); a character that folds to several letters ("ß", "…") is several bytes;
- tone placement: in diacritic mode a run of vowel letters carrying one tone mark matches the
  same run with the mark on any of its vowels ("hòa" | "hoà", "thúy" | "thuý").

>>> m = compile_patterns(["tuong mai"])
>>> m.folded, m.modes
(True, ('fold',))
>>> bool(m.regex.search(b"phuong tuong mai"))
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from ..errors import UsageError
from ..text import _fold_char
from .marks import CODE, FIRST_CODE, LAST_CODE, TO_FOLDED, WORD_BYTES, compose, mark_char, split_tone

FOLD = "fold"
EXACT = "exact"

# Widest character range of a pattern we enumerate to find the bytes it can fold to.
_MAX_RANGE = 0x3000
_ALL = frozenset(range(256))
_DIGITS = frozenset(b"0123456789")
_SPACES = frozenset(b" \t\n\r\f\v")
_ASCII_WORD = frozenset(b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
# folded byte -> the marked bytes that fold to it ("a" -> a, à, á, ..., ặ)
_PREIMAGE: dict[int, frozenset[int]] = {
    b: frozenset(x for x in range(256) if TO_FOLDED[x] == b) for b in range(128)
}
# Escapes that stand for a control character (same meaning in str and bytes patterns).
_CONTROL = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


class PatternError(UsageError, ValueError):
    """A pattern that is not a valid regular expression, or cannot be searched folded."""


@dataclass(frozen=True)
class Matcher:
    """Compiled patterns. `folded`: the regex runs over folded ASCII (marked bytes translated
    with `TO_FOLDED`), else over the marked bytes. `probe` finds candidate lines faster than
    `regex` when they differ (whole-word search); each candidate line is searched with `regex`."""

    patterns: tuple[str, ...]
    modes: tuple[str, ...]
    folded: bool
    regex: re.Pattern[bytes]
    probe: re.Pattern[bytes] | None = None


def has_diacritics(pattern: str) -> bool:
    """Whether a pattern is written with Vietnamese diacritics (or "đ"), escapes included.

    >>> has_diacritics("tuong mai"), has_diacritics("Tương"), has_diacritics(r"\\u0111a")
    (False, True, True)
    """
    toks = _lex(_validate(pattern))
    return any(c in CODE for c in _literals(toks))


def compile_patterns(
    patterns: str | Sequence[str],
    *,
    mode: str | None = None,
    fixed: bool = False,
    word: bool = False,
) -> Matcher:
    """Compile patterns (any of them matches) for `searcher.search`.

    mode: None for smart folding, "fold" or "exact" to force; fixed: patterns are plain strings
    (grep -F); word: matches must be whole words (grep -w).

    >>> m = compile_patterns("Hòa")
    >>> m.modes, m.folded
    (('exact',), False)
    >>> from wardcli.search.marks import marked
    >>> [bool(m.regex.search(marked(t))) for t in ("HOÀ BÌNH", "hòa", "hoa", "Hoả")]
    [True, True, False, False]
    """
    if isinstance(patterns, str):
        patterns = [patterns]
    if not patterns:
        raise PatternError("no pattern given")
    if mode not in (None, FOLD, EXACT):
        raise PatternError(f"unknown folding mode {mode!r} (use fold or exact)")
    sources = tuple(patterns)
    lexed = []
    modes = []
    for p in sources:
        text = re.escape(unicodedata.normalize("NFC", p)) if fixed else _validate(p)
        toks = _lex(text)
        lexed.append(toks)
        modes.append(mode or (EXACT if any(c in CODE for c in _literals(toks)) else FOLD))
    folded = EXACT not in modes
    parts = []
    for p, toks, m in zip(sources, lexed, modes):
        parts.append(_Emitter(p, m, folded).emit(toks))
    body = "|".join(f"(?:{x})" for x in parts) if len(parts) > 1 else parts[0]
    probe = None
    if word:
        w = _set(_ASCII_WORD if folded else WORD_BYTES)
        probe = _compile(body, sources)
        body = f"(?<!{w})(?:{body})(?!{w})"
    return Matcher(sources, tuple(modes), folded, _compile(body, sources), probe)


def _compile(body: str, sources: Sequence[str]) -> re.Pattern[bytes]:
    try:
        return re.compile(body.encode("ascii"), re.MULTILINE)
    except (re.error, OverflowError, RecursionError) as e:
        raise PatternError(f"cannot search {' | '.join(sources)!r} folded: {e}") from None


def _validate(pattern: str) -> str:
    """The NFC pattern, or a PatternError naming what is wrong with it."""
    pattern = unicodedata.normalize("NFC", pattern)
    try:
        re.compile(pattern)
    except re.error as e:
        where = f" at position {e.pos}" if e.pos is not None else ""
        raise PatternError(f"invalid regex {pattern!r}: {e.msg}{where}") from None
    except (OverflowError, RecursionError) as e:
        raise PatternError(f"invalid regex {pattern!r}: {e}") from None
    return pattern


# ---------------------------------------------------------------------------------------------
# Lexer: a valid Python regex -> tokens
#   ("lit", c)            a literal character (escapes like \x41, \u0111, \N{...} decoded)
#   ("raw", s)            syntax kept as written: ( (?: (?P<n> ) | . ^ $ \A \Z \1 ...
#   ("quant", s)          * + ? {m,n}, with a lazy ? or possessive + after it
#   ("esc", x)            a class escape outside a class: w W s S d D b B
#   ("class", neg, items) items: ("lit", c) | ("range", a, b) | ("esc", x)

_QUANT = re.compile(r"(?:[*+?]|\{\d*,?\d*\})[?+]?")
_GROUP = re.compile(
    r"\(\?(?:P<\w+>|P=\w+\)|#[^)]*\)|[:=!>]|<[=!]|\([^)]*\)|[aiLmsux]*(?:-[imsx]+)?[:)])"
)


def _lex(p: str) -> list[tuple]:
    toks: list[tuple] = []
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            tok, i = _escape(p, i, False)
            toks.append(tok)
        elif c == "[":
            tok, i = _class(p, i)
            toks.append(tok)
        elif c == "(" and p.startswith("(?", i):
            m = _GROUP.match(p, i)
            if m is None:  # validated already; (?<name> of newer Pythons and the like
                raise PatternError(f"unsupported group syntax in {p!r} at position {i}")
            s = m.group()
            if re.fullmatch(r"\(\?[aiLmsux]*(?:-[imsx]+)?[:)]", s):
                if "x" in s:
                    raise PatternError(f"verbose patterns (?x) are not supported: {p!r}")
                if s.endswith(":"):  # flags do not change what the stored text can match
                    toks.append(("raw", "(?:"))
            elif not s.startswith("(?#"):  # (?#...) is a comment
                toks.append(("raw", s))
            i = m.end()
        elif c in "*+?" or (c == "{" and _QUANT.match(p, i) and _QUANT.match(p, i).group() != "{}"):
            m = _QUANT.match(p, i)
            toks.append(("quant", m.group()))
            i = m.end()
        elif c in "().^$|":
            toks.append(("raw", c))
            i += 1
        else:
            toks.append(("lit", c))
            i += 1
    return toks


def _escape(p: str, i: int, in_class: bool) -> tuple[tuple, int]:
    d = p[i + 1]
    if d == "x":
        return ("lit", chr(int(p[i + 2 : i + 4], 16))), i + 4
    if d == "u":
        return ("lit", chr(int(p[i + 2 : i + 6], 16))), i + 6
    if d == "U":
        return ("lit", chr(int(p[i + 2 : i + 10], 16))), i + 10
    if d == "N":
        j = p.index("}", i)
        return ("lit", unicodedata.lookup(p[i + 3 : j])), j + 1
    if d.isdigit():
        m = re.compile(r"0[0-7]{0,2}|[0-7]{3}").match(p, i + 1)
        if m and (d == "0" or in_class or len(m.group()) == 3):
            return ("lit", chr(int(m.group(), 8))), m.end()
        m = re.compile(r"\d{1,2}").match(p, i + 1)
        return ("raw", "\\" + m.group()), m.end()
    if d in _CONTROL:
        return ("lit", _CONTROL[d]), i + 2
    if in_class and d == "b":
        return ("lit", "\b"), i + 2
    if d in "wWsSdDbB":
        return ("esc", d), i + 2
    if d in "AZ":
        return ("raw", "\\" + d), i + 2
    return ("lit", d), i + 2


def _class(p: str, i: int) -> tuple[tuple, int]:
    i += 1
    neg = p.startswith("^", i)
    if neg:
        i += 1
    items: list[tuple] = []
    first = True
    while True:
        c = p[i]
        if c == "]" and not first:
            return ("class", neg, items), i + 1
        first = False
        if c == "\\":
            item, i = _escape(p, i, True)
        else:
            item, i = ("lit", c), i + 1
        if item[0] == "lit" and p.startswith("-", i) and not p.startswith("-]", i):
            if p[i + 1] == "\\":
                hi, i = _escape(p, i + 1, True)
            else:
                hi, i = ("lit", p[i + 1]), i + 2
            item = ("range", item[1], hi[1])
        items.append(item)


def _literals(toks: list[tuple]):
    for t in toks:
        if t[0] == "lit":
            yield t[1].lower()
        elif t[0] == "class":
            for it in t[2]:
                if it[0] == "lit":
                    yield it[1].lower()


# ---------------------------------------------------------------------------------------------
# Emitter: tokens -> bytes-regex source (ASCII str)


class _Emitter:
    def __init__(self, source: str, mode: str, folded: bool):
        self.source, self.mode, self.folded = source, mode, folded
        self.word = _ASCII_WORD if folded else WORD_BYTES

    def atoms(self, c: str) -> list[frozenset[int]]:
        """The byte sets, one per stored byte, that character c of the pattern matches."""
        if self.mode == EXACT:
            return [frozenset((b,)) for b in mark_char(c)]
        folded = _fold_char(c).encode("ascii")
        if self.folded:
            return [frozenset((b,)) for b in folded]
        return [_PREIMAGE[b] for b in folded]

    def emit(self, toks: list[tuple]) -> str:
        out: list[str] = []
        i, n = 0, len(toks)
        while i < n:
            kind = toks[i][0]
            quantified = i + 1 < n and toks[i + 1][0] == "quant"
            if kind == "lit":
                if self.mode == EXACT and not self.folded:
                    j = self._vowel_run(toks, i)
                    if j - i >= 2:
                        out.append(self._tone_run([t[1] for t in toks[i:j]]))
                        i = j
                        continue
                out.append(_seq(self.atoms(toks[i][1]), quantified))
            elif kind == "raw" or kind == "quant":
                out.append(toks[i][1])
            elif kind == "esc":
                out.append(self._esc(toks[i][1]))
            else:
                out.append(self._class(toks[i][1], toks[i][2]))
            i += 1
        return "".join(out)

    def _vowel_run(self, toks: list[tuple], i: int) -> int:
        """End of the run of unquantified literal vowels starting at i (i when none)."""
        j = i
        while j < len(toks) and toks[j][0] == "lit" and _is_vowel(toks[j][1]):
            if j + 1 < len(toks) and toks[j + 1][0] == "quant":
                break
            j += 1
        return j

    def _tone_run(self, run: list[str]) -> str:
        parts = [split_tone(c.lower()) for c in run]
        toned = [k for k, (_, t) in enumerate(parts) if t]
        alts = ["".join(run)]
        if len(toned) == 1:
            tone = parts[toned[0]][1]
            for k in range(len(run)):
                if k != toned[0]:
                    alts.append(
                        "".join(compose(v, tone if j == k else 0) for j, (v, _) in enumerate(parts))
                    )
        bodies = ["".join(_seq(self.atoms(c), False) for c in alt) for alt in alts]
        return bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"

    def _esc(self, x: str) -> str:
        if self.folded or x in "sSdD":
            return "\\" + x
        w = _set(self.word)
        if x == "w":
            return w
        if x == "W":
            return _set(_ALL - self.word)
        if x == "b":
            return f"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"
        return f"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))"  # \B

    def _class(self, neg: bool, items: list[tuple]) -> str:
        single: set[int] = set()
        multi: list[str] = []
        for it in items:
            if it[0] == "lit":
                atoms = self.atoms(it[1])
                if len(atoms) == 1:
                    single |= atoms[0]
                elif atoms:
                    multi.append(_seq(atoms, False))
            elif it[0] == "esc":
                single |= self._class_esc(it[1])
            else:
                single |= self._range(it[1], it[2])
        if neg:
            if multi:
                raise PatternError(
                    f"cannot search {self.source!r} folded: a negated class holds a character "
                    "that folds to several letters"
                )
            return _set(_ALL - single)
        if not multi:
            return _set(single) if single else "(?!)"
        return "(?:" + "|".join(([_set(single)] if single else []) + multi) + ")"

    def _class_esc(self, x: str) -> frozenset[int]:
        base = {"d": _DIGITS, "s": _SPACES, "w": self.word}[x.lower()]
        return base if x.islower() else _ALL - base

    def _range(self, lo: str, hi: str) -> set[int]:
        a, b = ord(lo), ord(hi)
        if b - a > _MAX_RANGE:
            raise PatternError(
                f"cannot search {self.source!r} folded: the range {lo!r}-{hi!r} is too wide"
            )
        out: set[int] = set()
        for cp in range(a, b + 1):
            atoms = self.atoms(chr(cp))
            if len(atoms) == 1:
                out |= atoms[0]
        return out


def _is_vowel(c: str) -> bool:
    return split_tone(c.lower())[0] in "aăâeêioôơuưy"


def _seq(atoms: list[frozenset[int]], quantified: bool) -> str:
    body = "".join(_set(a) for a in atoms)
    return body if len(atoms) == 1 else f"(?:{body})"


def _set(bs) -> str:
    """A regex for one byte out of the set `bs`."""
    bs = sorted(bs)
    if not bs:
        return "(?!)"
    if len(bs) == 1:
        return _byte(bs[0])
    if len(bs) == 256:
        return "[\\x00-\\xff]"
    out = []
    k = 0
    while k < len(bs):
        j = k
        while j + 1 < len(bs) and bs[j + 1] == bs[j] + 1:
            j += 1
        out.append(_byte(bs[k], True) + ("" if j == k else "-" + _byte(bs[j], True)))
        k = j + 1
    return "[" + "".join(out) + "]"


def _byte(b: int, in_class: bool = False) -> str:
    c = chr(b)
    if not in_class and (c.isascii() and c.isalnum() or c == " "):
        return c
    return f"\\x{b:02x}"


assert LAST_CODE < 256 and FIRST_CODE >= 128
