from wardcli.extract.sentences import Sentences, sentence_spans


def test_splits_on_full_stop_before_capital():
    t = "Phường đạt 5%. Xã đạt 6%; Thị trấn không.\nDòng mới"
    assert [t[s:e] for s, e in sentence_spans(t)] == ["Phường đạt 5%.", "Xã đạt 6%;", "Thị trấn không.", "Dòng mới"]


def test_decimal_comma_and_thousands_dot_do_not_split():
    t = "Thu ngân sách đạt 30.801 triệu đồng, bằng 118,6% kế hoạch."
    assert sentence_spans(t) == [(0, len(t))]


def test_around_finds_the_sentence_of_an_offset():
    t = "Câu một. Câu hai có 238 đại biểu. Câu ba."
    assert Sentences(t).around(t.index("238")) == "Câu hai có 238 đại biểu."
