"""The gazetteer is read from the package's shipped files, never through its code: the
package's converter can call a geocoder over the network, so it must never be imported."""

import subprocess
import sys

PROBE = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network use during ingest")
socket.socket.connect = refuse
socket.create_connection = refuse
from pathlib import Path
from wardcli.page import parse_page
from wardcli.extract import extract
from wardcli.text import normalise
page = parse_page(normalise("Phường Tương Mai: kỳ họp HĐND\\n\\n09:07 15/08/2025\\n\\n"
                            "Chủ tịch UBND phường Tương Mai Đào Thị Thu Hằng báo cáo 412 tỷ đồng."), "p.txt")
out = extract(page.article)
print(sorted({w.code for w in out.wards}), [o.name for o in out.officials])
print(sorted(m for m in sys.modules if m.split(".")[0] in ("vietnamadminunits", "geopy")))
"""


def test_extraction_never_imports_the_package_or_opens_a_socket():
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    found, imported = r.stdout.splitlines()
    assert found == "['00322'] ['Đào Thị Thu Hằng']"
    assert imported == "[]"
