"""The CLI end to end through Typer's CliRunner: exit codes, stdout as data, stderr apart,
effects checked through the library."""

import shutil
import unicodedata
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from wardcli.cli.app import app
from wardcli.store import Store

FIXTURES = Path(__file__).parent.parent / "fixtures"
WARD_PAGE = FIXTURES / "cli_ward_article.txt"
HOSTILE_PAGE = FIXTURES / "cli_hostile_text.txt"
COMMANDS = ["ingest", "list", "show", "export"]

runner = CliRunner()


def run(*args, input=None):
    # wide enough that a table never wraps the strings the tests look for
    return runner.invoke(app, [str(a) for a in args], input=input, env={"COLUMNS": "400"})


def jsonl(text: str) -> list[dict]:
    return [orjson.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def ingested(store_env):
    r = run("ingest", WARD_PAGE)
    assert r.exit_code == 0, r.stderr
    return Store(store_env)


def test_help_lists_every_subcommand():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in COMMANDS:
        assert cmd in r.stdout


@pytest.mark.parametrize("cmd", COMMANDS)
def test_every_command_has_help(cmd):
    r = run(cmd, "--help")
    assert r.exit_code == 0 and "Usage" in r.stdout


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.startswith("wardcli ")


def test_list_defaults_to_jsonl_when_stdout_is_not_a_terminal(ingested):
    r = run("list")
    assert r.exit_code == 0
    docs = jsonl(r.stdout)
    assert {d["kind"] for d in docs} == {"article", "teaser"}
    assert r.stderr == ""


def test_ingest_summary_goes_to_stderr_not_stdout(store_env):
    r = run("ingest", WARD_PAGE)
    assert r.exit_code == 0
    assert r.stdout == ""
    assert "files 1" in r.stderr


def test_export_docs_has_the_contract_fields(ingested):
    r = run("export", "docs", "--format", "jsonl")
    assert r.exit_code == 0
    article = [d for d in jsonl(r.stdout) if d["kind"] == "article"][0]
    for key in ("id", "kind", "source", "title", "published", "byline", "text"):
        assert key in article
    assert article["title"] == "Phường Hoàng Liệt: Thu ngân sách đạt 105,2% dự toán"
    assert article["published"] == "2025-09-12T08:30"
    assert article["source"] == str(WARD_PAGE)


def test_reingest_adds_nothing_and_says_so(ingested):
    before = ingested.count("docs")
    r = run("ingest", WARD_PAGE)
    assert r.exit_code == 0
    assert ingested.count("docs") == before
    assert "already" in r.stderr


def test_nfd_copy_gives_the_same_ids(tmp_path, ingested):
    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", WARD_PAGE.read_text(encoding="utf-8")).replace("\n", "\r\n"),
                   encoding="utf-8")
    before = {d["id"] for d in ingested.iter("docs")}
    r = run("ingest", nfd)
    assert r.exit_code == 0
    assert {d["id"] for d in ingested.iter("docs")} == before


def test_bad_files_are_named_the_batch_goes_on_and_exit_is_1(tmp_path, store_env):
    (tmp_path / "latin1.txt").write_bytes("Phường Tương Mai".encode("utf-16-le"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    shutil.copy(WARD_PAGE, tmp_path / "good.txt")
    r = run("ingest", tmp_path, tmp_path / "missing.txt")
    assert r.exit_code == 1
    errors = r.stderr.splitlines()
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("latin1.txt" in e for e in errors)
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    assert {d["source"] for d in Store(store_env).iter("docs")} == {str(tmp_path / "good.txt")}


def test_failure_leaves_what_was_stored(ingested, tmp_path):
    before = list(ingested.iter("docs"))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    assert run("ingest", bad).exit_code == 1
    assert list(ingested.iter("docs")) == before


def test_ingest_reads_stdin(store_env):
    r = run("ingest", "-", input=WARD_PAGE.read_bytes())
    assert r.exit_code == 0, r.stderr
    assert {d["source"] for d in Store(store_env).iter("docs")} == {"-"}


@pytest.mark.parametrize("spelling", ["Hoàng Liệt", "hoang liet", "phường HOÀNG LIỆT", "Phuong Hoang Liet"])
def test_ward_filter_is_case_and_diacritic_insensitive(ingested, spelling):
    r = run("list", "--ward", spelling)
    assert r.exit_code == 0
    titles = [d["title"] for d in jsonl(r.stdout)]
    assert titles and all("Hoàng Liệt" in t for t in titles)


def test_unknown_ward_is_a_usage_error_with_suggestions(ingested):
    r = run("list", "--ward", "Hoang Lietx")
    assert r.exit_code == 2
    assert "Hoàng Liệt" in r.stderr
    assert r.stdout == ""


def test_list_wards_and_export_wards(ingested):
    r = run("export", "wards")
    names = {w["name"] for w in jsonl(r.stdout)}
    assert {"Hoàng Liệt", "Ô Diên"} <= names
    hl = [w for w in jsonl(r.stdout) if w["name"] == "Hoàng Liệt"][0]
    assert hl["code"] == "00337"  # the official code, as the gazetteer package gives it
    assert hl["type"] == "phường" and hl["province"] == "Hà Nội"


def test_show_doc_by_unique_prefix(ingested):
    article = [d for d in ingested.iter("docs") if d["kind"] == "article"][0]
    r = run("show", article["id"][:8], "--format", "json")
    assert r.exit_code == 0
    assert orjson.loads(r.stdout)[0]["id"] == article["id"]


def test_show_unknown_prefix_exits_2(ingested):
    r = run("show", "ffffffff")
    assert r.exit_code == 2
    assert "ffffffff" in r.stderr


def test_empty_store_list_finds_nothing_and_export_is_empty(store_env):
    r = run("list")
    assert r.exit_code == 1 and r.stdout == ""
    r = run("export", "docs")
    assert r.exit_code == 0 and r.stdout == ""


def test_locked_store_with_no_wait_exits_2_and_stores_nothing(store_env):
    store = Store(store_env)
    with store.writer():
        r = run("ingest", "--no-wait", WARD_PAGE)
    assert r.exit_code == 2
    assert "lock" in r.stderr
    assert store.count("docs") == 0


def test_newer_schema_is_refused(ingested, store_env):
    manifest = store_env / "manifest.json"
    m = orjson.loads(manifest.read_bytes())
    m["schema_version"] = 999
    manifest.write_bytes(orjson.dumps(m))
    r = run("list")
    assert r.exit_code == 2
    assert "newer" in r.stderr


def test_hostile_text_is_shown_literally_in_tables(store_env):
    assert run("ingest", HOSTILE_PAGE).exit_code == 0
    r = run("list", "--format", "table")
    assert r.exit_code == 0
    assert "\x1b" not in r.stdout and "\u202e" not in r.stdout
    assert "[bold red]khẩn[/bold red]" in r.stdout
    article = [d for d in Store(store_env).iter("docs") if d["kind"] == "article"][0]
    r = run("show", article["id"][:10])
    assert r.exit_code == 0
    assert "\x1b" not in r.stdout
    assert "[link=http://evil.example]tại đây[/link]" in r.stdout


def test_csv_export_neutralises_formulas(store_env):
    assert run("ingest", HOSTILE_PAGE).exit_code == 0
    r = run("export", "docs", "--format", "csv")
    assert r.exit_code == 0
    assert "\n=HYPERLINK" not in r.stdout and ",=HYPERLINK" not in r.stdout and '"=HYPERLINK' not in r.stdout


def test_export_to_file_is_atomic_and_repeatable(ingested, tmp_path):
    out = tmp_path / "docs.jsonl"
    assert run("export", "docs", "-o", out).exit_code == 0
    first = out.read_bytes()
    assert run("export", "docs", "-o", out).exit_code == 0
    assert out.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".docs.jsonl")] == []


# --- wards, officials and metrics (issue 3) ---------------------------------------------------


def test_export_officials_has_the_contract_fields(ingested):
    r = run("export", "officials")
    assert r.exit_code == 0
    (khoa,) = [o for o in jsonl(r.stdout) if o["name"] == "Lê Minh Khoa"]
    assert khoa["roles"] == ["Bí thư Đảng ủy", "Chủ tịch HĐND"]
    assert (khoa["place"], khoa["place_code"]) == ("Hoàng Liệt", "00337")
    (m,) = khoa["mentions"]
    assert m["source"] == str(WARD_PAGE)
    assert m["published"] == "2025-09-12T08:30"
    assert "Lê Minh Khoa đề nghị" in m["sentence"]
    doc = [d for d in ingested.iter("docs") if d["id"] == m["doc_id"]][0]
    assert doc[m["field"]][m["start"]:m["end"]] == "Lê Minh Khoa"


def test_export_metrics_has_the_contract_fields(ingested):
    r = run("export", "metrics")
    assert r.exit_code == 0
    rows = jsonl(r.stdout)
    for row in rows:
        for key in ("id", "value", "unit", "label", "place", "place_code", "period", "doc_id", "source", "text"):
            assert key in row
    (money,) = [m for m in rows if m["unit"] == "tỷ đồng"]
    assert (money["value"], money["amount_dong"], money["place_code"]) == (412, 412_000_000_000, "00337")
    assert "412 tỷ đồng" in money["text"]
    assert {m["value"] for m in rows if m["unit"] == "%"} == {105.2}
    # the term "nhiệm kỳ 2021-2026" and the date "11/9" are not metrics
    assert not {2021, 2026, 11, 9} & {m["value"] for m in rows}


def test_list_officials_and_metrics_filter_by_ward(ingested):
    r = run("list", "officials", "--ward", "hoang liet")
    assert r.exit_code == 0
    assert [o["name"] for o in jsonl(r.stdout)] == ["Lê Minh Khoa"]
    r = run("list", "metrics", "--ward", "XÃ Ô DIÊN")
    assert r.exit_code == 0
    assert [(m["value"], m["unit"]) for m in jsonl(r.stdout)] == [(24, "thôn")]
    r = run("list", "officials", "--ward", "Ô Diên")
    assert r.exit_code == 1 and r.stdout == ""


def test_ambiguous_ward_lists_the_candidates(ingested):
    # no An Phú in Hà Nội, several elsewhere
    r = run("list", "--ward", "An Phú")
    assert r.exit_code == 2
    assert "ambiguous" in r.stderr and "Hải Phòng" in r.stderr and "Gia Lai" in r.stderr


def test_show_ward_profile(ingested):
    r = run("show", "phuong hoang liet", "--format", "json")
    assert r.exit_code == 0
    (profile,) = orjson.loads(r.stdout)  # --format json: always an array
    assert (profile["code"], profile["type"], profile["province"]) == ("00337", "phường", "Hà Nội")
    assert [o["name"] for o in profile["officials"]] == ["Lê Minh Khoa"]
    assert 412 in {m["value"] for m in profile["metrics"]}
    r = run("show", "Hoàng Liệt", "--format", "table")
    assert r.exit_code == 0
    assert "00337" in r.stdout and "Lê Minh Khoa" in r.stdout


def test_show_official_lists_roles_with_evidence(ingested):
    r = run("show", "Lê Minh Khoa", "--format", "table")
    assert r.exit_code == 0
    assert "Hoàng Liệt" in r.stdout and "Bí thư Đảng ủy" in r.stdout
    assert "đề nghị các đơn vị" in r.stdout


def test_roles_merged_across_fields_keep_the_specific_form(tmp_path, store_env):
    # the text gives the full title, a caption the short one: one role, the specific one
    page = tmp_path / "p.txt"
    page.write_text(
        "Phường Yên Sở tổng kết năm 2025\n\n10:00 20/12/2025\n\n"
        "Dự hội nghị có đồng chí Lê Thị Thu Hà, Phó Chủ tịch Thường trực HĐND Thành phố.\n\n"
        "Phó Chủ tịch HĐND Thành phố Lê Thị Thu Hà phát biểu\n\n"
        "Phó Chủ tịch HĐND Thành phố Lê Thị Thu Hà phát biểu\n\n"
        "Hội nghị đã thông qua chương trình công tác năm 2026.\n", encoding="utf-8")
    assert run("ingest", page).exit_code == 0
    (ha,) = [o for o in jsonl(run("export", "officials").stdout) if o["name"] == "Lê Thị Thu Hà"]
    assert ha["place"] == "Hà Nội"
    assert ha["roles"] == ["Phó Chủ tịch Thường trực HĐND"]
    assert len(ha["mentions"]) == 2
