"""Settings, read once from the environment (and a `.env` file) into a frozen object that is
passed explicitly to whatever needs it: no module reads the environment on its own."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values
from sqlalchemy.engine import make_url

from hetao_brief import bundled

_TOKEN = re.compile(r"^\d{3,15}:[A-Za-z0-9_-]{30,64}$")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message is one line, fit to show a user."""


@dataclass(frozen=True)
class Settings:
    state_dir: Path = Path("var")
    """Writable: the default SQLite file, charts, and (unless `data_dir` is set) the corpus.
    Relative paths are taken from the working directory, never from the installed package."""
    data_dir: Path | None = None
    """Holds `corpus/` (the articles reloads read from disk and uploads are saved to) and may
    hold `lexicon/` to replace the bundled one; None: `state_dir/data`."""
    cache_dir: Path | None = None
    """Where the segmenter's dictionary is cached (dictionary.py); None: the temporary
    directory. A service whose /tmp is private and emptied on each start sets one that lasts."""
    database_url: str = ""
    bot_token: str | None = field(default=None, repr=False)
    api_base_url: str | None = None
    admin_ids: frozenset[int] = frozenset()
    timezone: str = "Asia/Shanghai"
    send_rate: float = 30.0
    """Messages per second overall; Telegram allows about 30. Raise it only for a Bot API
    stand-in in tests and benchmarks."""
    db_pool_size: int = 5
    """PostgreSQL connections per process (plus as many overflow): size it to the worker
    threads of one process, and keep processes x 2 x this under the server's max_connections."""
    stale_claim_seconds: float = 600.0
    """After this long, a digest claimed by a process that died before sending is sent again."""
    proxy: str | None = field(default=None, repr=False)
    """http://, https:// or socks5:// proxy for the bot's Telegram traffic (and fetching)."""
    feed_interval: float = 1800.0
    """Seconds between polls of each feed (HETAO_FEED_INTERVAL)."""
    fetch_allow_private: bool = False
    """Fetch links that resolve to private or local addresses (tests, an intranet)."""
    log_level: str = "INFO"
    log_format: str = "text"
    """"text" (one line per record) or "json" (one JSON object per line, for log shippers)."""

    @property
    def corpus_dir(self) -> Path:
        return (self.data_dir or self.state_dir / "data") / "corpus"

    @property
    def lexicon_dir(self) -> Path:
        """An operator's `lexicon/` in the data directory, else the bundled one."""
        own = self.data_dir / "lexicon" if self.data_dir else None
        return own if own is not None and (own / "aliases.toml").is_file() else bundled.lexicon_dir()

    @property
    def locale_dir(self) -> Path:
        return bundled.locale_dir()

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.state_dir / 'hetao-brief.sqlite3'}"

    def secrets(self) -> list[str]:
        """What no log line may show: the bot token, and the database password, which a driver's
        error or a reload listener's warning could carry."""
        proxy_password = urlsplit(self.proxy).password if self.proxy else None
        return [s for s in (self.bot_token, make_url(self.db_url).password, proxy_password) if s]

    def require_token(self) -> str:
        if not self.bot_token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set: get one from @BotFather and put it in .env")
        if not _TOKEN.match(self.bot_token):
            raise ConfigError("TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<35 letters> as @BotFather gives it")
        return self.bot_token


def read_dotenv(path: Path) -> dict[str, str]:
    """A `.env` file as python-dotenv reads it: comments (also after a value), quotes, `export`."""
    if not path.is_file():
        return {}
    return {key: value for key, value in dotenv_values(path, encoding="utf-8").items() if value is not None}


def load_settings(environ: dict[str, str] | None = None, dotenv: Path | None = None) -> Settings:
    """Environment variables win over `.env` (in the working directory unless given)."""
    env = {**read_dotenv(dotenv or Path.cwd() / ".env"), **(os.environ if environ is None else environ)}
    admin_ids: set[int] = set()
    for part in env.get("HETAO_ADMIN_IDS", "").replace(";", ",").split(","):
        if part.strip():
            if not re.fullmatch(r"-?[0-9]{1,20}", part.strip()):
                raise ConfigError(f"HETAO_ADMIN_IDS must be comma-separated Telegram user ids, not {part.strip()!r}")
            admin_ids.add(int(part))
    timezone = env.get("HETAO_TIMEZONE", "Asia/Shanghai")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"HETAO_TIMEZONE {timezone!r} is not an IANA time zone such as Asia/Shanghai") from None
    defaults = Settings()
    numbers = {
        name: _positive(env, variable, default)
        for name, variable, default in (
            ("send_rate", "HETAO_SEND_RATE", defaults.send_rate),
            ("db_pool_size", "HETAO_DB_POOL_SIZE", defaults.db_pool_size),
            ("stale_claim_seconds", "HETAO_STALE_CLAIM_SECONDS", defaults.stale_claim_seconds),
            ("feed_interval", "HETAO_FEED_INTERVAL", defaults.feed_interval),
        )
    }
    proxy = env.get("HETAO_PROXY", "").strip() or None
    if proxy is not None:
        _check_proxy(proxy)
    log_level = env.get("HETAO_LOG_LEVEL", "INFO").strip().upper()
    if not isinstance(logging.getLevelName(log_level), int):
        raise ConfigError(f"HETAO_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {log_level!r}")
    log_format = env.get("HETAO_LOG_FORMAT", "text").strip().lower()
    if log_format not in ("text", "json"):
        raise ConfigError(f"HETAO_LOG_FORMAT must be text or json, not {log_format!r}")
    return Settings(
        data_dir=Path(env["HETAO_DATA_DIR"]) if env.get("HETAO_DATA_DIR") else defaults.data_dir,
        state_dir=Path(env["HETAO_STATE_DIR"]) if env.get("HETAO_STATE_DIR") else defaults.state_dir,
        cache_dir=Path(env["HETAO_CACHE_DIR"]) if env.get("HETAO_CACHE_DIR") else defaults.cache_dir,
        database_url=env.get("HETAO_DATABASE_URL", ""),
        bot_token=env.get("TELEGRAM_BOT_TOKEN") or None,
        api_base_url=env.get("TELEGRAM_API_BASE_URL") or None,
        admin_ids=frozenset(admin_ids),
        timezone=timezone,
        send_rate=numbers["send_rate"],
        db_pool_size=int(numbers["db_pool_size"]),
        stale_claim_seconds=numbers["stale_claim_seconds"],
        proxy=proxy,
        feed_interval=numbers["feed_interval"],
        fetch_allow_private=env.get("HETAO_FETCH_ALLOW_PRIVATE", "").strip().lower() in ("1", "true", "yes"),
        log_level=log_level,
        log_format=log_format,
    )


PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def _check_proxy(proxy: str) -> None:
    parts = urlsplit(proxy)
    if parts.scheme not in PROXY_SCHEMES or not parts.hostname:
        shown = f"{parts.scheme}://{parts.hostname}" if parts.hostname else "that value"
        raise ConfigError(f"HETAO_PROXY must be an http://, https:// or socks5:// URL with a host, not {shown}")


def _positive(env: dict[str, str], variable: str, default: float) -> float:
    raw = env.get(variable, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise ConfigError(f"{variable} must be a positive number, not {raw!r}")
    return value
