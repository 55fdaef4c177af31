"""Generate a corpus of Vietnamese ward-news pages, with a manifest of which page copies which.

    python benchmarks/corpus.py OUT_DIR --pages 2000 [--seed 1] [--jobs N]

Writes OUT_DIR/p000000.txt ... (one scraped page each), OUT_DIR/manifest.jsonl (one line per
page: its story, and for a copy which page it copies and how) and OUT_DIR/teasers.jsonl (the
pool of related-article stubs the pages list, and the story each one stands for). The same
seed and page count give the same bytes; page i does not depend on the page count, so the
first 2,000 pages of a 20,000-page corpus are the 2,000-page corpus.

The pages follow the seeds' layouts (text written for the generator, see corpus_words.py):

- "portal":   headline / time / lead / "<headline>- Ảnh N." + caption / ... / "Tin đọc nhiều"
              (title, time, summary) / "Tin cùng chuyên mục" (title twice, summary, time)
- "hnp":      headline / "Byline HH:MM DD/MM/YYYY" / "HNP - " lead / caption printed twice /
              ... / related stubs with "HNP - " summaries
- "magazine": headline / lead (no time) / subheadings / headline over each caption / closing
              signature / "Có thể bạn quan tâm" (title, title, summary, blank-separated) /
              "Tin khác" / "Xem thêm"
- "byline":   byline twice / "HH:MM | DD/MM/YYYY" / body with no title line / headline over
              each caption / a short related list (3-6 stubs under one label), or none

Pages: ward names from the gazetteer (70% Hà Nội, the rest across the other provinces,
named with their province), generated officials' names and titles, figures in Vietnamese
formats ("1.234,5 tỷ đồng", "118,6%"), 5-12 related stubs per page from a pool of 3,000 (a
quarter of them stand for stories that have pages of their own, so teasers link to articles).
Copies (about 10% exact, 15% near): `how` is one of exact, sentence_dropped, sentence_added,
figures, teasers (another related list), layout (another site's layout and list),
timestamp (a later time). About 5% of pages (copies or not) are written in NFD.

Importable: `generate(out_dir, pages, seed)`, `plan_pages(n, seed)` (what each page is),
`page_text(plan, seed)` (one page's text, story, teasers and the officials it names),
`make_story(seed, sid)`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_words as W  # noqa: E402

LAYOUTS = ("portal", "hnp", "magazine", "byline")
LAYOUT_WEIGHTS = (35, 25, 25, 15)
# Share of copies by kind (the rest, 75%, are originals).
COPY_KINDS = (("exact", 10), ("sentence_dropped", 3), ("sentence_added", 3), ("figures", 3),
              ("teasers", 2), ("layout", 2), ("timestamp", 2))
NFD_SHARE = 0.05
HANOI_SHARE = 0.7
TEASER_POOL = 3000
STORY_TEASER_EVERY = 4  # teaser k with k % 4 == 0 stands for story k // 4
FIRST_DAY = datetime(2025, 7, 1, 6, 0)
DAYS = 270


# --- templates --------------------------------------------------------------------------------

_PART = re.compile(r"\[([^\[\]]*)\]|\{(\w+)\}")


def _compile(template: str) -> tuple:
    """A template as a tuple of parts: str (literal), ("s", name) (slot), ("a", alternatives)."""
    parts: list = []
    pos = 0
    for m in _PART.finditer(template):
        if m.start() > pos:
            parts.append(template[pos:m.start()])
        if m.group(1) is not None:  # an alternative that is all literal is kept as a str
            alts = (_compile(a) for a in m.group(1).split("|"))
            parts.append(("a", tuple(a[0] if len(a) == 1 and type(a[0]) is str else a for a in alts)))
        else:
            parts.append(("s", m.group(2)))
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    return tuple(parts)


def _fill(parts: tuple, slots: dict, rng: random.Random) -> str:
    out = []
    for p in parts:
        if type(p) is str:
            out.append(p)
        elif p[0] == "s":
            out.append(slots[p[1]])
        else:
            alt = p[1][int(rng.random() * len(p[1]))]
            out.append(alt if type(alt) is str else _fill(alt, slots, rng))
    return "".join(out)


def _table(templates) -> tuple:
    return tuple(_compile(t) for t in templates)


HEADLINES = {k: _table(v) for k, v in W.HEADLINES.items()}
LEADS = {k: _table(v) for k, v in W.LEADS.items()}
KIND_FIGURES = {k: _table(v) for k, v in W.KIND_FIGURES.items()}
GUEST_INTRO, ATTENDANCE, RESULTS, DIRECTION, TASKS, CLOSING, ADDED, SUBHEADS, CAPTIONS = (
    _table(t) for t in (W.GUEST_INTRO, W.ATTENDANCE, W.RESULTS, W.DIRECTION, W.TASKS, W.CLOSING,
                        W.ADDED, W.SUBHEADS, W.CAPTIONS))
GUEST_OFFICES = _table(W.GUEST_OFFICES)
KINDS = tuple(W.EVENTS)


# --- numbers and names --------------------------------------------------------------------------

def fmt_int(n: int) -> str:
    """Vietnamese thousands: 6523 -> "6.523"."""
    return f"{n:,}".replace(",", ".")


def fmt_dec(x: float, digits: int = 1) -> str:
    """Vietnamese decimals: 1234.5 -> "1.234,5"."""
    return f"{x:,.{digits}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def person(rng: random.Random) -> str:
    """A generated name: family name, middle name(s), given name."""
    r = rng.random
    female = r() < 0.4
    middle = W.MIDDLE_F if female else W.MIDDLE_M
    given = W.GIVEN_F if female else W.GIVEN_M
    name = [W.SURNAMES[int(r() * len(W.SURNAMES))], middle[int(r() * len(middle))], given[int(r() * len(given))]]
    if female and name[1] != "Thị" and r() < 0.3:  # two middle names: "Nguyễn Thị Thu Hằng"
        name.insert(1, "Thị")
    return " ".join(name)


def _sample(rng: random.Random, seq, k: int) -> list:
    """k distinct items of seq in random order (random.sample, without its checks)."""
    pool = list(seq)
    n = len(pool)
    r = rng.random
    out = []
    for i in range(k):
        j = i + int(r() * (n - i))
        pool[i], pool[j] = pool[j], pool[i]
        out.append(pool[i])
    return out


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- the gazetteer, as plain tuples ----------------------------------------------------------

@dataclass(frozen=True)
class Place:
    code: str
    name: str
    type: str
    province: str


class Places:
    """Units of the gazetteer grouped by province, Hà Nội apart."""

    def __init__(self, gaz):
        by_province: dict[str, list[Place]] = {}
        for u in sorted(gaz.units, key=lambda u: u.code):
            by_province.setdefault(u.province, []).append(Place(u.code, u.name, u.type, u.province))
        self.hanoi = by_province.pop("Hà Nội")
        self.others = [by_province[p] for p in sorted(by_province)]
        self.city = {p: gaz.is_city(p) for p in [*sorted(by_province), "Hà Nội"]}

    def draw(self, rng: random.Random) -> list[Place]:
        """The units of one province, Hà Nội with HANOI_SHARE."""
        return self.hanoi if rng.random() < HANOI_SHARE else rng.choice(self.others)


@lru_cache(maxsize=1)
def default_places() -> Places:
    from wardcli.gazetteer import load_gazetteer

    return Places(load_gazetteer())


# --- stories -----------------------------------------------------------------------------------

@dataclass
class Story:
    sid: int
    kind: str
    place: Place
    when: datetime
    officials: list[tuple[str, str]]  # (name, title as written with the place)
    headline: str
    lead: str
    paragraphs: list[list[str]]  # body paragraphs as sentences (the lead not included)
    subheads: list[str]
    captions: list[str]
    byline: str
    slots: dict = field(repr=False, default_factory=dict)


# Figure slots: name -> (format, low, high). "int" a plain count, "num" a count with thousands
# dots, "dec" a decimal ("1.234,5"), "pct" a percentage ("118,6%", "15%"), "dong" whole đồng
# in hundreds of thousands. A story draws two random numbers per slot up front and formats a
# slot only when a template asks for it, so a page costs what it prints.
FIGURES = {
    "delegates": ("int", 95, 360), "members": ("num", 900, 9800), "committee": ("int", 15, 45),
    "delegates_up": ("int", 3, 12), "targets": ("int", 10, 26), "tasks": ("int", 3, 9),
    "breakthroughs": ("int", 2, 4), "growth": ("pct", 6, 18), "poor_rate": ("pct", 0.2, 1.5),
    "agree": ("pct", 95, 100), "resolutions": ("int", 4, 28), "budget_next": ("dec", 30, 2400),
    "spend": ("dec", 30, 900), "questions": ("int", 6, 40), "petitions": ("int", 20, 260),
    "answered": ("pct", 80, 100), "revenue": ("dec", 25, 1900), "revenue_pct": ("pct", 96, 260),
    "revenue_m": ("num", 8000, 95000), "dossiers": ("num", 900, 48000), "ontime": ("pct", 95, 100),
    "awards_groups": ("int", 4, 40), "awards_people": ("int", 6, 80), "courses": ("int", 4, 30),
    "trainees": ("num", 300, 6000), "voters": ("num", 9000, 98000), "units": ("int", 12, 95),
    "turnout": ("pct", 97.5, 99.99), "volunteers": ("num", 60, 1500), "candidates": ("int", 40, 70),
    "seats": ("int", 25, 40), "gifts": ("num", 120, 2600), "gift_value": ("num", 80, 3200),
    "fund": ("num", 150, 4200), "houses": ("int", 2, 40), "house_money": ("num", 100, 2800),
    "gift_each": ("dong", 5, 20), "waste": ("num", 12, 2400), "violations": ("int", 8, 420),
    "streets": ("int", 5, 80), "fines": ("int", 10, 600), "fine_money": ("num", 20, 1900),
    "waste_rate": ("pct", 92, 100), "online_rate": ("pct", 70, 100), "signatures": ("num", 800, 36000),
    "satisfaction": ("pct", 90, 100), "months": ("int", 3, 9), "citizens": ("num", 500, 42000),
    "invest": ("dec", 12, 950), "councillors": ("int", 25, 40), "families": ("num", 4000, 42000),
    "family_rate": ("pct", 85, 98), "income": ("dec", 48, 160), "documents": ("num", 600, 7500),
    "meetings": ("int", 60, 480), "poor": ("int", 0, 120), "near_poor": ("int", 10, 400),
    "new_members": ("int", 8, 140), "schools": ("int", 3, 30), "crime_drop": ("pct", 3, 30),
    "disburse_pct": ("pct", 70, 120), "insurance": ("pct", 88, 99.5), "branches": ("int", 18, 140),
    "area": ("dec", 1.5, 180), "population": ("num", 18000, 160000), "projects": ("int", 3, 25),
    "session": ("int", 2, 6), "team": ("int", 1, 20),
}
_FIGURE_AT = {name: 2 * i for i, name in enumerate(FIGURES)}


def _figure(name: str, draws: list[float]) -> str:
    form, lo, hi = FIGURES[name]
    at = _FIGURE_AT[name]
    u, v = draws[at], draws[at + 1]
    if form == "dec":
        return fmt_dec(lo + u * (hi - lo))
    if form == "pct":
        x = lo + u * (hi - lo)
        return f"{round(x)}%" if v < 0.3 else fmt_dec(x, 1 if v < 0.8 else 2) + "%"
    n = lo + int(u * (hi - lo + 1))
    if form == "int":
        return str(n)
    return fmt_int(n * 100000 if form == "dong" else n)


class _Slots(dict):
    """A story's slot values. A figure is formatted when first asked for, from the story's
    draws; "{Ward}" is "{ward}" with a capital."""

    draws: list[float] = []

    def __missing__(self, key: str) -> str:
        if key in _FIGURE_AT:
            value = _figure(key, self.draws)
        elif key[:1].isupper():
            value = _cap(self[key[:1].lower() + key[1:]])
        else:
            raise KeyError(key)
        self[key] = value
        return value


def _officials(rng: random.Random, place: Place, places: Places) -> tuple[dict, list[tuple[str, str]]]:
    """Slots for the ward's officials and a city/province guest, and (name, title) of each."""
    ward = f"{place.type} {place.name}"
    city_word = "Thành phố" if places.city.get(place.province, False) else "tỉnh"
    party = "Thành ủy" if city_word == "Thành phố" else "Tỉnh ủy"
    slots, people = {}, []
    for key, titles in W.WARD_OFFICES.items():
        name, title = person(rng), rng.choice(titles)
        slots[key], slots[key + "_t"], slots[key + "_tw"] = name, title, f"{title} {ward}"
        people.append((name, f"{title} {ward}"))
    guest = person(rng)
    title = _fill(rng.choice(GUEST_OFFICES), {"party": party, "city": city_word, "team": str(rng.randint(1, 20))}, rng)
    slots.update(guest=guest, guest_t=title, guest_tw=title)
    people.append((guest, title))
    return slots, people


def _place_slots(rng: random.Random, place: Place, units: list[Place], places: Places) -> dict:
    city = places.city.get(place.province, False)
    prov = f"{'thành phố' if city else 'tỉnh'} {place.province}"
    other = rng.choice(units)
    ward = f"{place.type} {place.name}"
    r = rng.random()
    if place.province == "Hà Nội":
        full = f"{ward} (Hà Nội)" if r < 0.2 else ward
    else:
        full = f"{ward}, {prov}" if r < 0.6 else f"{ward} ({prov})"
    return {
        "ward_full": full, "ward": ward, "wname": place.name, "wtype": place.type,
        "prov": prov, "prov_name": place.province,
        "city": "Thành phố" if city else "tỉnh", "party": "Thành ủy" if city else "Tỉnh ủy",
        "ward2": f"{other.type} {other.name}",
    }


def make_story(seed: int, sid: int, places: Places | None = None, figures: int = 0,
               header_only: bool = False) -> Story:
    """Story `sid` of corpus `seed`. `figures` > 0 gives the same story with two to four of the
    figures it prints drawn afresh (a re-published correction); the text draws come from their
    own stream, so only those figures differ."""
    if not figures:
        return _story(seed, sid, places, {}, header_only)
    base = _story(seed, sid, places, {}, header_only)
    printed = [name for name in FIGURES if name in base.slots]
    fresh = random.Random(f"{seed}:figures:{sid}:{figures}")
    changed = {}
    for name in fresh.sample(printed, min(len(printed), fresh.randint(2, 4))):
        for _ in range(8):  # a draw that prints differently
            pair = [fresh.random(), fresh.random()]
            at = _FIGURE_AT[name]
            if _figure(name, [0.0] * at + pair) != base.slots[name]:
                break
        changed[name] = pair
    return _story(seed, sid, places, changed, header_only)


def _story(seed: int, sid: int, places: Places | None, changed: dict[str, list[float]],
           header_only: bool) -> Story:
    places = places or default_places()
    rng = random.Random(f"{seed}:story:{sid}")
    kind = KINDS[int(rng.random() * len(KINDS))]
    units = places.draw(rng)
    place = rng.choice(units)
    when = FIRST_DAY + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(15 * 60))
    if kind == "election":
        when = datetime(2026, 3, 15, 6, 0) + timedelta(days=rng.randrange(0, 4), minutes=rng.randrange(14 * 60))
    slots = _Slots(_place_slots(rng, place, units, places))
    off, people = _officials(rng, place, places)
    slots.update(off)
    draw = rng.random  # a fixed number of draws, so the text draws after them never shift
    slots.draws = [draw() for _ in range(2 * len(FIGURES))]
    for name, pair in changed.items():
        at = _FIGURE_AT[name]
        slots.draws[at:at + 2] = pair
    event, event_long = W.EVENTS[kind]
    slots.update(term="2025-2030", day=f"{when.day}/{when.month}", dayfull=f"{when.day}/{when.month}/{when.year}",
                 year=str(when.year if when.month > 3 else when.year - 1), event=event)
    slots["next"] = str(int(slots["year"]) + 1)
    slots["event_long"] = _fill(_compile(event_long), slots, rng)

    text = rng  # text choices: the same whatever the figures (a correction only overwrites draws)
    fill = lambda parts: _fill(parts, slots, text)  # noqa: E731
    pick = lambda table, k: [fill(t) for t in _sample(text, table, k)]  # noqa: E731
    headline = fill(text.choice(HEADLINES[kind]))
    lead = fill(text.choice(LEADS[kind]))
    if header_only:  # a teaser's story: no body
        return Story(sid, kind, place, when, people, headline, lead, [], [], [], "", slots)
    kind_figs = KIND_FIGURES[kind]
    paragraphs = [pick(GUEST_INTRO, 1) + pick(ATTENDANCE, text.randint(0, 1))]
    paragraphs.append(pick(RESULTS, text.randint(2, 3)))
    paragraphs.append(pick(kind_figs, 2) + pick(RESULTS, text.randint(0, 1)))
    paragraphs.append(pick(DIRECTION, text.randint(2, 3)))
    paragraphs.append(pick(TASKS, text.randint(2, 3)))
    if text.random() < 0.3:
        paragraphs.append(pick(DIRECTION, 2))
    paragraphs.append(pick(CLOSING, 1))
    captions = pick(CAPTIONS, text.randint(2, 4))
    subheads = pick(SUBHEADS, 2)
    byline = text.choice(W.PEN_NAMES)
    return Story(sid, kind, place, when, people, headline, lead, paragraphs, subheads, captions, byline, slots)


@dataclass(frozen=True)
class Teaser:
    tid: int
    title: str
    summary: str
    when: datetime
    stamp: str  # when, as the related lists print it
    province: str
    story: int | None  # the story it stands for, if that story has pages


def make_teaser(seed: int, tid: int, places: Places | None = None) -> Teaser:
    """Teaser `tid` of the pool: the headline and lead of a story (one of the corpus's stories
    for tid % STORY_TEASER_EVERY == 0, else a story that has no page)."""
    own = tid % STORY_TEASER_EVERY == 0
    sid = tid // STORY_TEASER_EVERY if own else 10_000_000 + tid
    s = make_story(seed, sid, places, header_only=True)
    return Teaser(tid, s.headline, s.lead, s.when, _stamp(s.when), s.place.province, sid if own else None)


@lru_cache(maxsize=4)
def teaser_pool(seed: int, size: int = TEASER_POOL) -> tuple[tuple[Teaser, ...], dict[str, list[int]]]:
    places = default_places()
    pool = tuple(make_teaser(seed, t, places) for t in range(size))
    by_province: dict[str, list[int]] = {}
    for t in pool:
        by_province.setdefault(t.province, []).append(t.tid)
    return pool, by_province


# --- the plan: which page is what ------------------------------------------------------------

@dataclass(frozen=True)
class PagePlan:
    page: int
    story: int
    layout: str
    copy_of: int | None = None
    how: str = "original"
    nfd: bool = False
    variant: int = 0  # for a "figures" copy: which redraw of the figures


def plan_pages(n: int, seed: int) -> list[PagePlan]:
    """What each of n pages is: a new story, or a copy of an earlier original page."""
    plans: list[PagePlan] = []
    originals: list[PagePlan] = []
    kinds, weights = zip(*COPY_KINDS)
    copy_share = sum(weights) / 100
    for i in range(n):
        rng = random.Random(f"{seed}:plan:{i}")
        nfd = rng.random() < NFD_SHARE
        if originals and rng.random() < copy_share:
            how = rng.choices(kinds, weights)[0]
            src = originals[int(rng.random() * len(originals))]
            if how == "timestamp" and src.layout == "magazine":  # that layout prints no time
                how = "teasers"
            layout = src.layout
            if how == "layout":
                layout = rng.choice([x for x in LAYOUTS if x != src.layout])
            plans.append(PagePlan(i, src.story, layout, src.page, how, nfd, 1 + i))
        else:
            p = PagePlan(i, len(originals), rng.choices(LAYOUTS, LAYOUT_WEIGHTS)[0], nfd=nfd)
            originals.append(p)
            plans.append(p)
    return plans


# --- rendering ------------------------------------------------------------------------------

def _stamp(when: datetime) -> str:
    return f"{when.hour:02d}:{when.minute:02d} {when.day:02d}/{when.month:02d}/{when.year}"


def _choose_teasers(seed: int, story: Story, rng: random.Random) -> list[Teaser]:
    pool, by_province = teaser_pool(seed)
    ids = by_province.get(story.place.province) or by_province["Hà Nội"]
    k = min(len(ids), 5 + int(8 * rng.random() ** 2))  # 5-12, mostly the lower counts
    chosen = [pool[t] for t in rng.sample(ids, k)]
    return [t for t in chosen if t.story != story.sid]


def _body(story: Story, how: str, rng: random.Random) -> list[list[str]]:
    paras = [list(p) for p in story.paragraphs]
    if how == "sentence_dropped":
        longest = max(range(len(paras)), key=lambda j: (len(paras[j]), -j))
        del paras[longest][rng.randrange(len(paras[longest]))]
    elif how == "sentence_added":
        j = rng.randrange(1, len(paras))
        paras[j].insert(rng.randrange(len(paras[j]) + 1), _fill(rng.choice(ADDED), story.slots, rng))
    return [p for p in paras if p]


def render(story: Story, layout: str, teasers: list[Teaser], body: list[list[str]],
           when: datetime, rng: random.Random) -> str:
    """One page of `story` in `layout`, its related list made of `teasers`."""
    paras = [" ".join(p) for p in body]
    head, caps, out = story.headline, story.captions, []
    photo_at = {1 + (j * (len(paras) - 1)) // len(caps): c for j, c in enumerate(caps)}
    add = out.append
    if layout == "portal":
        out += [head, "", _stamp(when), "", story.lead, ""]
        for j, p in enumerate(paras):
            if j in photo_at:
                out += [f"{head}- Ảnh {j + 1}.", "", photo_at[j], ""]
            out += [p, ""]
        most, rest = teasers[:3], teasers[3:]
        if most:
            add("Tin đọc nhiều")
            for t in most:
                out += ["", t.title, "", t.stamp, "", t.summary]
            add("")
        out += ["Tin cùng chuyên mục", "Xem theo ngày", "Xem"]
        for t in rest:
            out += [t.title, t.title, t.summary, t.stamp]
    elif layout == "hnp":
        out += [head, "", f"{story.byline} {_stamp(when)}", "", "HNP - " + story.lead, ""]
        first = caps[0]
        out += [first, "", first, ""]
        for j, p in enumerate(paras):
            if j in photo_at and j > 1:
                out += [f"{head}- Ảnh {j}.", "", photo_at[j], ""]
            out += [p, ""]
        add("Tin cùng chuyên mục")
        out += ["Xem theo ngày", "Xem"]
        for t in teasers:
            out += [t.title, t.title, "HNP - " + t.summary, t.stamp]
    elif layout == "magazine":
        out += [head, "", story.lead, ""]
        sub_at = {2: story.subheads[0], max(3, len(paras) - 2): story.subheads[1]}
        for j, p in enumerate(paras):
            if j in sub_at:
                out += [sub_at[j], ""]
            if j in photo_at:
                out += [head, photo_at[j] + ".", ""]
            out += [p, ""]
        out[-1:] = [story.byline, ""]
        half = len(teasers) // 2
        for label, group in (("Có thể bạn quan tâm", teasers[:half]), ("Tin khác", teasers[half:])):
            if group:
                out += [label, ""]
                for t in group:
                    out += [t.title, "", t.title, "", t.summary]
                add("")
        out += ["Xem thêm", "Phiên bản di động"]
    else:  # byline
        out += [story.byline, "", story.byline, "", f"{when:%H:%M | %d/%m/%Y}", story.lead]
        for j, p in enumerate(paras):
            if j in photo_at:
                out += [head, photo_at[j] + ".", ""]
            out += [p, ""]
        if teasers:
            out += [rng.choice(W.RELATED_LABELS)]
            for t in teasers:
                out += [t.title, t.title, t.summary, t.stamp]
    return "\n".join(out).rstrip("\n") + "\n"


def page_text(plan: PagePlan, seed: int, places: Places | None = None):
    """The text of one planned page, its story, the teasers it lists and the officials (name,
    title) its article names."""
    places = places or default_places()
    story = make_story(seed, plan.story, places, figures=plan.variant if plan.how == "figures" else 0)
    own = plan.how in ("teasers", "layout")  # a copy with its own related list
    rng = random.Random(f"{seed}:page:{plan.page if own or plan.copy_of is None else plan.copy_of}")
    teasers = _choose_teasers(seed, story, rng)
    if plan.layout == "byline":  # a short related list, or none (as seed 004)
        n = rng.randint(3, 6)
        teasers = teasers[:n] if rng.random() < 0.7 or plan.how == "teasers" else []
    edit = random.Random(f"{seed}:edit:{plan.page}")
    when = story.when
    if plan.how == "timestamp":
        when += timedelta(hours=edit.randint(2, 96), minutes=edit.randint(0, 59))
    body = _body(story, plan.how, edit)
    text = render(story, plan.layout, teasers, body, when, rng)
    named = [(n, t) for n, t in story.officials if n in text]
    if plan.nfd:
        text = unicodedata.normalize("NFD", text)
    return text, story, teasers, named


def page_name(i: int) -> str:
    return f"p{i:06d}.txt"


def manifest_line(plan: PagePlan, story: Story, teasers: list[Teaser], named: list, size: int) -> dict:
    return {
        "page": page_name(plan.page), "story": f"s{story.sid:06d}", "copy_of":
        None if plan.copy_of is None else page_name(plan.copy_of), "how": plan.how, "nfd": plan.nfd,
        "layout": plan.layout, "kind": story.kind, "province": story.place.province,
        "ward": story.place.name, "ward_code": story.place.code,
        "officials": [{"name": n, "title": t} for n, t in named],
        "teasers": [f"t{t.tid:05d}" for t in teasers], "bytes": size,
    }


def read_manifest(out_dir: str | os.PathLike) -> list[dict]:
    """The manifest lines of a generated corpus."""
    with open(Path(out_dir) / "manifest.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def story_pages(manifest: list[dict]) -> dict[str, list[str]]:
    """Pages by story: an original and its copies, the truth a duplicate finder is scored
    against (issue 13: pairwise precision and recall over these groups)."""
    groups: dict[str, list[str]] = {}
    for m in manifest:
        groups.setdefault(m["story"], []).append(m["page"])
    return groups


def _write_pages(job: tuple[str, int, list[PagePlan]]) -> list[str]:
    """Write the pages of `plans` into `out_dir`; their manifest lines, in order."""
    out_dir, seed, plans = job
    out, places, lines = Path(out_dir), default_places(), []
    for plan in plans:
        text, story, teasers, named = page_text(plan, seed, places)
        data = text.encode("utf-8")
        (out / page_name(plan.page)).write_bytes(data)
        lines.append(json.dumps(manifest_line(plan, story, teasers, named, len(data)), ensure_ascii=False) + "\n")
    return lines


def generate(out_dir: str | os.PathLike, pages: int, seed: int = 1, jobs: int = 1) -> dict:
    """Write `pages` pages, manifest.jsonl and teasers.jsonl into `out_dir`; return totals.
    `jobs` > 1 writes pages from several processes (same bytes)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    default_places()
    pool, _ = teaser_pool(seed)  # built once, before any worker forks
    plans = plan_pages(pages, seed)
    chunk = 500
    work = [(str(out), seed, plans[i:i + chunk]) for i in range(0, len(plans), chunk)]
    total = 0
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as mf:
        if jobs > 1 and len(work) > 1:
            import multiprocessing as mp

            with mp.get_context("fork").Pool(jobs) as procs:
                batches = procs.imap(_write_pages, work)
                for lines in batches:
                    mf.writelines(lines)
        else:
            for job in work:
                mf.writelines(_write_pages(job))
    with open(out / "manifest.jsonl", encoding="utf-8") as mf:
        total = sum(json.loads(line)["bytes"] for line in mf)
    with open(out / "teasers.jsonl", "w", encoding="utf-8") as tf:
        for t in pool:
            tf.write(json.dumps({"teaser": f"t{t.tid:05d}", "story": None if t.story is None else f"s{t.story:06d}",
                                 "title": t.title}, ensure_ascii=False) + "\n")
    return {"pages": pages, "bytes": total, "seed": seed}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="processes writing pages (default: the cores; the bytes do not depend on it)")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    r = generate(args.out_dir, args.pages, args.seed, args.jobs)
    secs = time.perf_counter() - start
    print(f"{r['pages']} pages, {r['bytes'] / 1e6:.1f} MB ({r['bytes'] / max(r['pages'], 1) / 1000:.1f} KB/page) "
          f"in {secs:.1f} s, seed {r['seed']}: {args.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
