import pytest


@pytest.fixture(autouse=True)
def store_env(tmp_path, monkeypatch):
    """Point WARDCLI_STORE at a fresh tmp dir, so no test touches the user's store."""
    path = tmp_path / "wardcli-store"
    monkeypatch.setenv("WARDCLI_STORE", str(path))
    return path
