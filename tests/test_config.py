"""Settings from the environment and `.env`, as operators write them."""

from __future__ import annotations

import io
import json
import logging
import sqlite3
from pathlib import Path

import pytest

from hetao_brief import cli
from hetao_brief.config import ConfigError, Settings, load_settings
from hetao_brief.logs import REDACTED, configure_logging

TOKEN = "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"


def test_dotenv_comments_quotes_and_export(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "HETAO_TIMEZONE=Asia/Hong_Kong  # the office's zone\n"
        "export HETAO_ADMIN_IDS='1, 2'\n"
        'HETAO_LOG_LEVEL="debug"\n'
        "# HETAO_SEND_RATE=5\n",
        "utf-8",
    )
    settings = load_settings(environ={}, dotenv=dotenv)
    assert settings.timezone == "Asia/Hong_Kong"
    assert settings.admin_ids == frozenset({1, 2})
    assert settings.log_level == "DEBUG"
    assert settings.send_rate == 30.0


def test_the_environment_wins_over_dotenv(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("HETAO_TIMEZONE=Asia/Hong_Kong\n", "utf-8")
    assert load_settings(environ={"HETAO_TIMEZONE": "UTC"}, dotenv=dotenv).timezone == "UTC"


@pytest.mark.parametrize(
    "proxy", ["socks5://user:pw@127.0.0.1:1080", "http://proxy.example:3128", "https://proxy.example"]
)
def test_a_proxy_is_accepted_and_its_password_is_a_secret(tmp_path: Path, proxy: str) -> None:
    settings = load_settings(environ={"HETAO_PROXY": proxy}, dotenv=tmp_path / "none")
    assert settings.proxy == proxy
    assert ("pw" in settings.secrets()) == ("pw@" in proxy)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("HETAO_PROXY", "ftp://x"),
        ("HETAO_PROXY", "127.0.0.1:1080"),
        ("HETAO_LOG_LEVEL", "loud"),
        ("HETAO_LOG_FORMAT", "xml"),
    ],
)
def test_bad_operational_settings_are_one_line_errors(tmp_path: Path, variable: str, value: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        load_settings(environ={variable: value}, dotenv=tmp_path / "none")


def test_json_logs_are_one_redacted_object_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        configure_logging([TOKEN], level="INFO", fmt="json")
        try:
            raise RuntimeError(f"failed for https://api.telegram.org/bot{TOKEN}/getMe")
        except RuntimeError:
            logging.getLogger("hetao_brief.test").exception("handler failed")
        lines = capsys.readouterr().err.strip().splitlines()
    finally:
        root.handlers[:], root.level = handlers, level
    entry = json.loads(lines[-1])
    assert entry["level"] == "ERROR" and entry["message"] == "handler failed"
    assert "RuntimeError" in entry["traceback"] and REDACTED in entry["traceback"]
    assert TOKEN not in lines[-1]


def test_backup_copies_a_live_sqlite_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HETAO_STATE_DIR", str(tmp_path / "state"))
    assert cli.main(["migrate"], out=io.StringIO()) == 0
    source = sqlite3.connect(tmp_path / "state" / "hetao-brief.sqlite3")
    source.execute("INSERT INTO saved_queries VALUES ('k', 'kept', '2026-12-01 00:00:00')")
    source.commit()  # the writer stays open, as the bot's would
    out = io.StringIO()
    assert cli.main(["backup", str(tmp_path / "copy.sqlite3")], out=out) == 0
    source.close()
    copy = sqlite3.connect(tmp_path / "copy.sqlite3")
    assert copy.execute("SELECT text FROM saved_queries").fetchall() == [("kept",)]
    copy.close()
    err = io.StringIO()
    assert cli.main(["backup", str(tmp_path / "copy.sqlite3")], out=io.StringIO(), err=err) == 2
    assert "exists" in err.getvalue()


def test_backup_of_postgresql_points_to_pg_dump(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HETAO_DATABASE_URL", "postgresql+psycopg://u@127.0.0.1:1/db")
    err = io.StringIO()
    assert cli.main(["backup", str(tmp_path / "x")], out=io.StringIO(), err=err) == 2
    assert "pg_dump" in err.getvalue()


def test_settings_repr_hides_the_proxy_and_token() -> None:
    shown = repr(Settings(bot_token=TOKEN, proxy="socks5://u:secretpw@h:1"))
    assert "secretpw" not in shown and TOKEN not in shown
