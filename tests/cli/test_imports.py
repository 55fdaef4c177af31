"""The CLI's import shape: `wardcli --help` loads no rich, gazetteer, extraction or store, and
commands import the shared context, never the app that registers them (issue 9)."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

CLI = Path(__file__).parents[2] / "wardcli" / "cli"
HEAVY = ("rich", "wardcli.gazetteer", "wardcli.extract", "wardcli.page", "wardcli.store",
         "wardcli.query", "wardcli.lang")


def test_help_imports_nothing_heavy():
    code = ("import sys; sys.argv = ['wardcli', '--help']\n"
            "from wardcli.cli.app import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("command", ["list", "show", "export"])
def test_a_command_module_does_not_import_the_app(command):
    tree = ast.parse((CLI / f"{command}.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "app" not in imported and "context" in imported
