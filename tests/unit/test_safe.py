import io


from wardcli.render.output import write_csv, write_table
from wardcli.render.safe import csv_safe, terminal_safe


def test_escape_sequences_and_bidi_become_visible():
    s = terminal_safe("a\x1b[31mb\u202ec\x07")
    assert "\x1b" not in s and "\u202e" not in s and "\x07" not in s
    assert s == "a\\x1b[31mb\\u202ec\\x07"


def test_plain_vietnamese_is_unchanged():
    s = "Phường Tương Mai: 98,48% cử tri đi bầu"
    assert terminal_safe(s) == s


def test_table_shows_markup_literally():
    buf = io.StringIO()
    write_table([{"t": "[bold red]x[/] [link=http://e.vn]y[/link] \x1b[31mz"}], [("t", "T")], out=buf, width=120,
                color=False)
    out = buf.getvalue()
    assert "[bold red]x[/]" in out and "[link=http://e.vn]y[/link]" in out
    assert "\x1b" not in out and "\\x1b[31mz" in out


def test_csv_cells_that_start_a_formula_are_neutralised():
    assert csv_safe("=1+1") == "'=1+1"
    assert csv_safe("@SUM(A1)") == "'@SUM(A1)"
    assert csv_safe("+84 912") == "'+84 912"
    assert csv_safe("\t=x") == "'\t=x"
    assert csv_safe(-5) == -5
    assert csv_safe("Tương Mai") == "Tương Mai"


def test_csv_writer_applies_formula_safety_and_joins_lists():
    buf = io.StringIO()
    write_csv([{"name": "=HYPERLINK(\"http://x\")", "roles": ["Bí thư Đảng ủy", "Chủ tịch HĐND"]}], buf)
    lines = buf.getvalue().splitlines()
    assert lines[0] == "name,roles"
    assert lines[1].startswith("\"'=HYPERLINK(")
    assert lines[1].endswith("Bí thư Đảng ủy; Chủ tịch HĐND")
