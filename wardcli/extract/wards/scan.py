"""One text's place facts that do not depend on the province it is read in, found once.

A page's texts are read several times: in the default province (for the page's province), in
the page's province (for the page hints), with the hints (for each doc's wards), and by the
officials parser. What the province does not change (where the type words are, the capitalised
runs after them, which of them are plural or follow a merger verb, the place written after a
name, the provinces named, the headline, table and member-list candidates) is found here once
per text and remembered; a reading then only resolves names.

    >>> from wardcli.gazetteer import load_gazetteer
    >>> s = scan_text("Đảng ủy các phường Tương Mai, tỉnh Bắc Ninh", load_gazetteer())
    >>> s.triggers, s.named
    ([(12, 19, 'phường')], [(30, 'Bắc Ninh')])
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, TypeVar

from ...gazetteer import Gazetteer
from .spans import (_ABBREV, _TYPE, Place, _after_merger, _all_caps, _continues_merger, _former_marker,
                    _is_plural, _longest_known, _named_provinces, _place_after, _preceding_words, _run,
                    _type_of, fold_whole)
from .vocab import LOOKALIKES, NOT_COMMUNE_BEFORE

T = TypeVar("T")

SCANS_KEPT = 512  # texts whose scans are remembered (a page's texts, teasers seen on many pages)
_HAS_LOOKALIKE = re.compile("[\u00d0\u00f0]")


class Scan:
    """A text's province-free place facts; each method remembers its answers.

    `text` has look-alike letters replaced (same length, so offsets are those of `original`);
    `triggers` are the type words (start, where the name starts, type word) in order, `types`
    those spelt out (not "P."), `named` the provinces named after a level word.
    """

    def __init__(self, text: str, gaz: Gazetteer):
        self.original = text
        self.text = text = text.translate(LOOKALIKES) if _HAS_LOOKALIKE.search(text) else text
        self.gaz = gaz
        self.named = _named_provinces(gaz, text)
        self.types = [(m.start(), m.end(), _type_of(m.group("type"))) for m in _TYPE.finditer(text)]
        self.triggers = sorted(self.types + [(m.start(), m.end(), "phường") for m in _ABBREV.finditer(text)])
        self._memo: dict[tuple, object] = {}

    @property
    def folded(self) -> str | None:
        """fold(text) when it can be sliced (`spans.fold_whole`), else None; found when first asked."""
        return self._get(("folded",), lambda: fold_whole(self.text))

    def _get(self, key: tuple, compute: Callable[[], T]) -> T:
        memo = self._memo
        if key in memo:
            return memo[key]  # type: ignore[return-value]
        value = memo[key] = compute()
        return value

    def once(self, name: str, compute: Callable[[Scan], T]) -> T:
        """`compute(self)`, remembered under `name` (a finder's province-free candidates)."""
        return self._get(("once", name), lambda: compute(self))

    def run(self, pos: int, allow_number_first: bool = False) -> list[int]:
        """`spans._run` at `pos` (the ends of the capitalised run's prefixes). Read only."""
        return self._get(("run", pos, allow_number_first), lambda: _run(self.text, pos, allow_number_first))

    def known(self, name: str) -> bool:
        """Whether any unit anywhere, old or new, has this name (used to find where a name ends)."""
        return self._get(("known", name),
                         lambda: bool(self.gaz.exact_units(name) or self.gaz.exact_former(name)))

    def longest_known(self, start: int, ends: list[int]) -> int | None:
        return _longest_known(self.text, start, ends, self.known)

    def plural(self, start: int) -> bool:
        """Whether a plural word or a count stands before the type word at `start`."""
        return self._get(("plural", start), lambda: _is_plural(self.text, start, self.folded))

    def after_merger(self, start: int) -> bool:
        return self._get(("merger", start), lambda: _after_merger(self.text, start, self.folded))

    def continues_merger(self, pos: int, start: int) -> bool:
        return self._get(("continues", pos, start), lambda: _continues_merger(self.text, pos, start))

    def marker(self, end: int) -> int | None:
        """The end of "(cũ)" or "cũ" right after `end`, else None."""
        return self._get(("marker", end), lambda: _former_marker(self.text, end))

    def place_after(self, end: int) -> Place:
        """The place written right after a name ending at `end`. Read only."""
        return self._get(("place", end), lambda: _place_after(self.gaz, self.text, end))

    def head(self, start: int, name_pos: int, type_word: str) -> tuple[list[int], int, bool] | None:
        """For the type word at `start`: (ends of the run after it, end of its longest known name,
        upper case), or None when no known name follows or "xã" is part of another noun ("thị
        xã", "hợp tác xã")."""
        def compute():
            text = self.text
            if type_word == "xã" and any(_preceding_words(text, start, len(w.split())) == w
                                         for w in NOT_COMMUNE_BEFORE):
                return None
            ends = self.run(name_pos, allow_number_first=type_word == "phường")
            end = self.longest_known(name_pos, ends)
            if end is None:
                return None
            return ends, end, _all_caps(text, name_pos, ends[-1])

        return self._get(("head", start, name_pos, type_word), compute)

    def item_end(self, pos: int, caps: bool) -> int | None:
        """The end of a list item at `pos`, or None. An item with its own type word ("phường X,
        phường Y") is not one: it opens a mention of its own. In upper case, where a name ends is
        hidden, so the longest known prefix counts; else the whole capitalised run must be a name."""
        def compute():
            text = self.text
            if _TYPE.match(text, pos) or _ABBREV.match(text, pos):
                return None
            ends = self.run(pos)
            if not ends:
                return None
            if caps:
                return self.longest_known(pos, ends)
            return ends[-1] if self.known(text[pos:ends[-1]]) else None

        return self._get(("item", pos, caps), compute)


@lru_cache(maxsize=SCANS_KEPT)
def scan_text(text: str, gaz: Gazetteer) -> Scan:
    """The text's `Scan`, remembered for the last SCANS_KEPT texts."""
    return Scan(text, gaz)
