"""The folded corpus files and the searcher (issue 12): offsets back, reopen, crash tail."""

import os

import pytest

from wardcli.search import (
    FoldedError, FoldedIndex, FoldedWriter, Hit, compile_patterns, context_span,
    count_by_doc, paragraph_span, search,
)
from wardcli.search.folded import ASCII, BIN, IDX
from wardcli.search.marks import TO_FOLDED
from wardcli.text import fold

DOCS = {
    ("d1", "title"): "Phường TƯƠNG MAI đón Đảng ủy",
    ("d1", "text"): "Straße… Tương Mai 😀 x\u0301 Hoà.\nDòng hai: tương mai, Hòa Bình.",
    ("d2", "caption"): "Ảnh: Tương Mai ½ năm",
    ("d3", "lead"): "",
}


def build(path, docs=DOCS):
    with FoldedWriter(path, sync=False) as w:
        for (doc, field), text in docs.items():
            w.add(doc, field, text)
    return path


def hits(path, pattern, **kw):
    with FoldedIndex(path) as ix:
        return list(search(ix, compile_patterns(pattern, **kw), lambda d, f: DOCS[d, f]))


def test_hits_map_back_to_the_original_text(tmp_path):
    got = hits(build(tmp_path), "tuong mai")
    assert [(h.doc_id, h.field, h.match) for h in got] == [
        ("d1", "title", "TƯƠNG MAI"), ("d1", "text", "Tương Mai"),
        ("d1", "text", "tương mai"), ("d2", "caption", "Tương Mai"),
    ]
    for h in got:
        assert DOCS[h.doc_id, h.field][h.start : h.end] == h.match


def test_the_ascii_copy_is_the_fold_of_each_field(tmp_path):
    build(tmp_path)
    data = (tmp_path / BIN).read_bytes()
    assert (tmp_path / ASCII).read_bytes() == data.translate(TO_FOLDED)
    assert (tmp_path / ASCII).read_bytes().decode("ascii") == "".join(fold(t) + "\n" for t in DOCS.values())


def test_clusters_widen_to_whole_characters(tmp_path):
    build(tmp_path)
    assert [h.match for h in hits(tmp_path, "s")] == ["S", "ß"]  # "ss" is one ß
    assert [h.match for h in hits(tmp_path, r"\.\.\.")] == ["…"]
    assert [h.match for h in hits(tmp_path, "x")] == ["x\u0301"]  # the stray mark stays on x
    assert [h.match for h in hits(tmp_path, "1/2")] == ["½"]


def test_diacritic_search_and_tone_placement(tmp_path):
    build(tmp_path)
    assert [h.match for h in hits(tmp_path, "Hòa")] == ["Hoà", "Hòa"]
    assert [h.match for h in hits(tmp_path, "đảng")] == ["Đảng"]


def test_count_by_doc(tmp_path):
    with FoldedIndex(build(tmp_path)) as ix:
        assert count_by_doc(ix, compile_patterns("tuong mai")) == {"d1": 3, "d2": 1}


def test_small_chunks_give_the_same_hits(tmp_path):
    from wardcli.search.searcher import iter_spans

    with FoldedIndex(build(tmp_path)) as ix:
        m = compile_patterns("tuong mai")
        assert list(iter_spans(ix, m, chunk_size=7)) == list(iter_spans(ix, m))


def test_appending_after_reopen_continues_offsets(tmp_path):
    items = list(DOCS.items())
    with FoldedWriter(tmp_path) as w:
        for (doc, field), text in items[:2]:
            w.add(doc, field, text)
    with FoldedWriter(tmp_path) as w:
        for (doc, field), text in items[2:]:
            w.add(doc, field, text)
    one = tmp_path / "one"
    build(one)
    assert (tmp_path / BIN).read_bytes() == (one / BIN).read_bytes()
    assert (tmp_path / ASCII).read_bytes() == (one / ASCII).read_bytes()
    assert hits(tmp_path, "tuong mai") == hits(one, "tuong mai")


def test_a_crash_mid_write_leaves_the_last_index_in_force(tmp_path):
    build(tmp_path)
    before = hits(tmp_path, "tuong mai")
    with pytest.raises(RuntimeError):
        with FoldedWriter(tmp_path) as w:
            w.add("d9", "text", "Tương Mai nữa")
            raise RuntimeError("killed")
    assert os.path.getsize(tmp_path / BIN) > FoldedIndex(tmp_path).length
    assert hits(tmp_path, "tuong mai") == before
    with FoldedWriter(tmp_path) as w:  # reopening cuts the uncovered tail
        pass
    assert os.path.getsize(tmp_path / BIN) == FoldedIndex(tmp_path).length
    assert os.path.getsize(tmp_path / ASCII) == FoldedIndex(tmp_path).length


def test_a_damaged_index_is_refused(tmp_path):
    build(tmp_path)
    (tmp_path / IDX).write_bytes(b"nonsense")
    with pytest.raises(FoldedError):
        FoldedIndex(tmp_path)


def test_the_writer_refuses_non_nfc_text_and_unknown_fields(tmp_path):
    import unicodedata

    with FoldedWriter(tmp_path) as w:
        with pytest.raises(ValueError, match="NFC"):
            w.add("d", "text", unicodedata.normalize("NFD", "Tương"))
        with pytest.raises(ValueError, match="unknown field"):
            w.add("d", "body", "x")


def test_context_by_paragraph_and_sentence():
    text = "Một.\nHai câu. Ba câu có Tương Mai. Bốn.\nNăm.\nSáu."
    s = text.index("Tương")
    h = Hit("d", "text", s, s + 9, "Tương Mai")
    assert paragraph_span(text, h.start) == (1, 5, 39)
    assert text[slice(*context_span(text, h.start, h.end))] == "Hai câu. Ba câu có Tương Mai. Bốn."
    assert text[slice(*context_span(text, h.start, h.end, 1))].split("\n") == [
        "Một.", "Hai câu. Ba câu có Tương Mai. Bốn.", "Năm."]
    assert text[slice(*context_span(text, h.start, h.end, unit="sentence"))] == "Ba câu có Tương Mai."
    assert text[slice(*context_span(text, h.start, h.end, 1, "sentence"))] == (
        "Hai câu. Ba câu có Tương Mai. Bốn.")
