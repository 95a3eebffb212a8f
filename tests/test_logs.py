"""No log line shows a secret: the process-wide filter that `hetao-brief run` installs redacts
the bot token and the database password from every logger's records."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import pytest

from hetao_brief.config import Settings
from hetao_brief.logs import REDACTED, configure_logging

from .support.harness import TOKEN

PASSWORD = "pw-s3cret"


@pytest.fixture
def root_restored() -> Iterator[None]:
    """configure_logging replaces the root logger's handlers; put pytest's back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_the_secrets_are_the_token_and_the_database_password() -> None:
    settings = Settings(bot_token=TOKEN, database_url=f"postgresql+psycopg://hetao:{PASSWORD}@db.internal/briefs")
    assert settings.secrets() == [TOKEN, PASSWORD]
    assert Settings(bot_token=TOKEN).secrets() == [TOKEN]  # SQLite: no password


def test_no_log_line_shows_the_token_or_the_database_password(
    root_restored: None, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(bot_token=TOKEN, database_url=f"postgresql+psycopg://hetao:{PASSWORD}@db.internal/briefs")
    configure_logging(settings.secrets())
    logging.getLogger("hetao_brief.store.notifications").warning(
        "not hearing reloads (connection to postgresql://hetao:%s@db.internal failed)", PASSWORD
    )
    logging.getLogger("httpx").error("POST https://api.telegram.org/bot%s/sendMessage failed", TOKEN)
    logged = capsys.readouterr().err
    assert PASSWORD not in logged and TOKEN not in logged
    assert logged.count(REDACTED) == 2


@pytest.mark.parametrize(
    "mangled",
    [
        lambda t: f"400 Bad Request: /bot{t}/getMe".capitalize(),  # PTB capitalises the description
        lambda t: f"Bad request: /BOT{t.upper()}/SENDMESSAGE",
        lambda t: f"GET /bot{t.replace(':', '%3A')}/getMe HTTP/1.1",
        lambda t: f"GET /bot{t.replace(':', '%3a')}/getMe HTTP/1.1",
    ],
)
def test_the_token_is_redacted_in_any_case_and_url_encoded(
    root_restored: None, capsys: pytest.CaptureFixture[str], mangled: Callable[[str], str]
) -> None:
    configure_logging([TOKEN])
    logging.getLogger("telegram.ext.Application").error("error: %s", mangled(TOKEN))
    logged = capsys.readouterr().err
    assert REDACTED in logged
    secret_part = TOKEN.split(":")[1]
    assert secret_part.lower() not in logged.lower()
