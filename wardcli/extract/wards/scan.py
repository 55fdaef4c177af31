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
                    _is_plural, _named_provinces, _place_after, _preceding_words, _run,
                    _type_of, fold_whole)
from .vocab import LOOKALIKES, MERGER_CUES, NOT_COMMUNE_BEFORE

T = TypeVar("T")
_MISSING = object()
# A merger verb anywhere in a folded text (spaced as written); without one, no type word follows one.
_MERGER_WORDS = re.compile("|".join(r"\s+".join(cue.split()) for cue in MERGER_CUES))

SCANS_KEPT = 4096  # texts whose scans are remembered (a page's texts, teasers seen on many pages)
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
        self._folded: str | None | object = _MISSING
        self._mergers: bool | None = None  # whether the text has a merger verb at all
        # remembered answers, one dict per question (a miss computes, a hit is a dict lookup)
        self._once: dict[str, object] = {}
        self._runs: dict[tuple[int, bool], list[int]] = {}
        self._plural: dict[int, bool] = {}
        self._merger: dict[int, bool] = {}
        self._continues: dict[tuple[int, int], bool] = {}
        self._markers: dict[int, int | None] = {}
        self._places: dict[int, Place] = {}
        self._heads: dict[tuple[int, int, str], tuple[list[int], int, bool] | None] = {}
        self._items: dict[tuple[int, bool], int | None] = {}

    @property
    def folded(self) -> str | None:
        """fold(text) when it can be sliced (`spans.fold_whole`), else None; found when first asked."""
        if self._folded is _MISSING:
            self._folded = fold_whole(self.text)
        return self._folded  # type: ignore[return-value]

    def once(self, name: str, compute: Callable[[Scan], T]) -> T:
        """`compute(self)`, remembered under `name` (a finder's province-free candidates)."""
        value = self._once.get(name, _MISSING)
        if value is _MISSING:
            value = self._once[name] = compute(self)
        return value  # type: ignore[return-value]

    def run(self, pos: int, allow_number_first: bool = False) -> list[int]:
        """`spans._run` at `pos` (the ends of the capitalised run's prefixes). Read only."""
        ends = self._runs.get((pos, allow_number_first))
        if ends is None:
            ends = self._runs[(pos, allow_number_first)] = _run(self.text, pos, allow_number_first)
        return ends

    def known(self, name: str) -> bool:
        """Whether any unit anywhere, old or new, has this name (used to find where a name ends)."""
        return self.gaz.is_unit_name(name)

    def longest_known(self, start: int, ends: list[int]) -> int | None:
        """The end of the longest prefix of a run that is a unit's name ("Tương Mai Võ Xuân Trọng"
        -> the end of "Tương Mai")."""
        text, known = self.text, self.gaz.is_unit_name
        return next((e for e in reversed(ends) if known(text[start:e])), None)

    def plural(self, start: int) -> bool:
        """Whether a plural word or a count stands before the type word at `start`."""
        found = self._plural.get(start)
        if found is None:
            found = self._plural[start] = _is_plural(self.text, start, self.folded)
        return found

    def after_merger(self, start: int) -> bool:
        """Whether the type word at `start` follows a merger verb (`spans._after_merger`)."""
        found = self._merger.get(start)
        if found is None:
            if self._mergers is None:  # no merger verb in the whole text: none before any word
                folded = self.folded
                self._mergers = folded is None or _MERGER_WORDS.search(folded) is not None
            found = self._merger[start] = self._mergers and _after_merger(self.text, start, self.folded)
        return found

    def continues_merger(self, pos: int, start: int) -> bool:
        found = self._continues.get((pos, start))
        if found is None:
            found = self._continues[(pos, start)] = _continues_merger(self.text, pos, start)
        return found

    def marker(self, end: int) -> int | None:
        """The end of "(cũ)" or "cũ" right after `end`, else None."""
        found = self._markers.get(end, _MISSING)
        if found is _MISSING:
            found = self._markers[end] = _former_marker(self.text, end)
        return found  # type: ignore[return-value]

    def place_after(self, end: int) -> Place:
        """The place written right after a name ending at `end`. Read only."""
        found = self._places.get(end)
        if found is None:
            found = self._places[end] = _place_after(self.gaz, self.text, end)
        return found

    def head(self, start: int, name_pos: int, type_word: str) -> tuple[list[int], int, bool] | None:
        """For the type word at `start`: (ends of the run after it, end of its longest known name,
        upper case), or None when no known name follows or "xã" is part of another noun ("thị
        xã", "hợp tác xã")."""
        key = (start, name_pos, type_word)
        found = self._heads.get(key, _MISSING)
        if found is _MISSING:
            found = self._heads[key] = self._head(start, name_pos, type_word)
        return found  # type: ignore[return-value]

    def _head(self, start: int, name_pos: int, type_word: str) -> tuple[list[int], int, bool] | None:
        text = self.text
        if type_word == "xã" and any(_preceding_words(text, start, len(w.split())) == w for w in NOT_COMMUNE_BEFORE):
            return None
        ends = self.run(name_pos, allow_number_first=type_word == "phường")
        end = self.longest_known(name_pos, ends)
        if end is None:
            return None
        return ends, end, _all_caps(text, name_pos, ends[-1])

    def item_end(self, pos: int, caps: bool) -> int | None:
        """The end of a list item at `pos`, or None. An item with its own type word ("phường X,
        phường Y") is not one: it opens a mention of its own. In upper case, where a name ends is
        hidden, so the longest known prefix counts; else the whole capitalised run must be a name."""
        found = self._items.get((pos, caps), _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        text = self.text
        if _TYPE.match(text, pos) or _ABBREV.match(text, pos):
            found = None
        elif not (ends := self.run(pos)):
            found = None
        elif caps:
            found = self.longest_known(pos, ends)
        else:
            found = ends[-1] if self.known(text[pos:ends[-1]]) else None
        self._items[(pos, caps)] = found
        return found


@lru_cache(maxsize=SCANS_KEPT)
def scan_text(text: str, gaz: Gazetteer) -> Scan:
    """The text's `Scan`, remembered for the last SCANS_KEPT texts."""
    return Scan(text, gaz)
