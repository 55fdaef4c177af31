"""Property tests of folded search (issue 12): random Vietnamese text (NFD, upper case, "đ",
characters that fold to two letters or none) and random patterns."""

import re
import tempfile
import unicodedata

from hypothesis import HealthCheck, given, settings, strategies as st

from wardcli.search import FIELDS, FoldedIndex, FoldedWriter, compile_patterns, iter_located, search
from wardcli.search.marks import LETTERS, TO_FOLDED, mark_char, marked
from wardcli.search.pattern import EXACT, FOLD
from wardcli.text import fold, normalise

PLAIN = list("abcdeghiklmnopqrstuvxy")
VIET = list(LETTERS)
ODD = ["ß", "…", "½", "Æ", "ﬁ", "\u0301", "\u0323", "😀", "İ", "\u00a0", "\u200b"]
ALPHABET = PLAIN + VIET + [c.upper() for c in PLAIN[:6] + VIET[:20]] + list("  ..,-09\n") + ODD

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))


@st.composite
def texts(draw):
    s = "".join(draw(st.lists(st.sampled_from(ALPHABET), max_size=40)))
    if draw(st.booleans()):
        s = s.upper()
    if draw(st.booleans()):
        s = unicodedata.normalize("NFD", s)
    return normalise(s)  # as the store keeps it


corpora = st.lists(st.tuples(st.sampled_from(["d1", "d2", "d3"]), st.sampled_from(FIELDS), texts()),
                   min_size=1, max_size=6)
PATTERN_CHARS = PLAIN + VIET + [c.upper() for c in VIET[:10]] + [" ", "ß", "…", "đ", "Đ"]


@st.composite
def patterns(draw):
    """Regexes without negation or anchors (so folding only widens what they match)."""

    def piece():
        kind = draw(st.sampled_from(["lit", "lit", "lit", "dot", "class"]))
        if kind == "lit":
            atom = re.escape(draw(st.sampled_from(PATTERN_CHARS)))
        elif kind == "dot":
            atom = "."
        else:
            atom = "[" + "".join(re.escape(c) for c in draw(st.lists(st.sampled_from(PATTERN_CHARS), min_size=1, max_size=3))) + "]"
        return atom + draw(st.sampled_from(["", "", "", "?", "+"]))

    def seq():
        return "".join(piece() for _ in range(draw(st.integers(1, 4))))

    return seq() if draw(st.booleans()) else seq() + "|" + seq()


@st.composite
def corpus_and_pattern(draw):
    docs = draw(corpora)
    if draw(st.booleans()):  # a piece of the corpus itself, so that there are hits
        _, _, text = draw(st.sampled_from(docs))
        i = draw(st.integers(0, len(text)))
        pattern = re.escape(text[i : i + draw(st.integers(1, 6))]) or "a"
    else:
        pattern = draw(patterns())
    return docs, pattern


def run(docs, matcher, chunk_size=1 << 23):
    with tempfile.TemporaryDirectory() as d:
        with FoldedWriter(d, sync=False) as w:
            for doc, field, text in docs:
                w.add(doc, field, text)
        with FoldedIndex(d) as ix:  # field numbers are the order of adding
            return [(f, s, e) for f, s, e, _ in iter_located(ix, matcher, chunk_size)]


def reference(docs, matcher):
    """Field by field, line by line, offsets through a per-character list."""
    out = []
    for f, (_, _, text) in enumerate(docs):
        per_char = [mark_char(c) for c in text]
        owner = [i for i, b in enumerate(per_char) for _ in b]
        data = b"".join(per_char)
        hay = data.translate(TO_FOLDED) if matcher.folded else data
        last = None
        at = 0
        for line in hay.split(b"\n"):
            for m in matcher.regex.finditer(line):
                if m.end() == m.start():
                    continue
                start, end = owner[at + m.start()], owner[at + m.end() - 1] + 1
                while end < len(text) and not per_char[end] and unicodedata.category(text[end])[0] == "M":
                    end += 1  # a stray combining mark belongs to the letter before it
                if last and last[0] <= start and end <= last[1]:
                    continue
                last = (start, end)
                out.append((f, start, end))
            at += len(line) + 1
    return out


@SETTINGS
@given(corpus_and_pattern(), st.sampled_from([None, FOLD, EXACT]), st.booleans(), st.sampled_from([5, 64, 1 << 23]))
def test_hits_equal_a_field_by_field_search_and_map_back_exactly(cp, mode, word, chunk):
    docs, pattern = cp
    m = compile_patterns(pattern, mode=mode, word=word)
    assert run(docs, m, chunk) == reference(docs, m)


@SETTINGS
@given(corpus_and_pattern(), st.sampled_from([None, EXACT]))
def test_every_span_folds_to_a_match_of_the_folded_pattern(cp, mode):
    docs, pattern = cp
    folded = compile_patterns(pattern, mode=FOLD).regex
    for f, s, e in run(docs, compile_patterns(pattern, mode=mode)):
        span = docs[f][2][s:e]
        assert folded.search(fold(span).encode("ascii")), (pattern, span)


@SETTINGS
@given(corpus_and_pattern())
def test_folded_search_finds_every_match_exact_search_finds(cp):
    docs, pattern = cp
    folded = run(docs, compile_patterns(pattern, mode=FOLD))
    for f, s, _ in run(docs, compile_patterns(pattern, mode=EXACT)):
        assert any(g == f and fs <= s < fe for g, fs, fe in folded), (pattern, docs[f], s)


@SETTINGS
@given(st.lists(st.tuples(st.just("d"), st.just("text"),
                          st.text(st.sampled_from(list("abcxyz 09.\n-")), max_size=30)), min_size=1),
       st.text(st.sampled_from(list("abcxyz .")), min_size=1, max_size=4), st.booleans())
def test_folded_and_exact_agree_on_ascii(docs, pattern, fixed):
    assert run(docs, compile_patterns(pattern, mode=FOLD, fixed=fixed)) == run(
        docs, compile_patterns(pattern, mode=EXACT, fixed=fixed))


@settings(max_examples=500, deadline=None)
@given(st.characters(blacklist_categories=("Cs",)))  # no lone surrogates in UTF-8 text
def test_every_character_marks_to_bytes_that_translate_to_its_ascii_fold(c):
    f = fold(c)
    assert f.isascii()  # so the folded file is ASCII
    assert marked(unicodedata.normalize("NFC", c)).translate(TO_FOLDED) == f.encode("ascii")


@SETTINGS
@given(st.lists(st.text(max_size=30), min_size=1, max_size=4))
def test_any_unicode_text_maps_back(raw):
    docs = [("d", "text", normalise(t)) for t in raw]
    for f, s, e in run(docs, compile_patterns(".", mode=FOLD)):
        assert 0 <= s < e <= len(docs[f][2])
    m = compile_patterns(".", mode=FOLD)
    assert run(docs, m) == reference(docs, m)


@SETTINGS
@given(corpora)
def test_hit_match_is_the_original_slice(docs):
    texts_ = {(d, f): t for d, f, t in docs}
    with tempfile.TemporaryDirectory() as d:
        with FoldedWriter(d, sync=False) as w:
            for doc, field, text in docs:
                w.add(doc, field, text)
        with FoldedIndex(d) as ix:
            for h in search(ix, compile_patterns("[aeiou]+"), lambda d_, f: texts_[d_, f]):
                assert texts_[h.doc_id, h.field][h.start : h.end] == h.match


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET + ["\u0130", "Ξ", "\u212a", "Ǝ"]) | st.characters(blacklist_categories=("Cs",))))
def test_fast_marking_equals_the_per_character_table(text):
    from wardcli.search.marks import _TABLE

    text = unicodedata.normalize("NFC", text)
    assert marked(text) == text.translate(_TABLE).encode("latin-1")


def test_a_match_after_an_empty_alternative_at_the_same_place_is_found():
    # found by the property test above in CI: "a?|b" matches empty before "b", and the
    # search skipped to the next character instead of retrying there (issue 12)
    docs = [("d1", "title", "")] * 5 + [("d1", "title", "b")]
    m = compile_patterns("a?|b")
    for chunk in (5, 64, 1 << 23):
        assert run(docs, m, chunk) == reference(docs, m) == [(5, 0, 1)]
