"""Settings, read once from the environment (and a `.env` file) into a frozen object that is
passed explicitly to whatever needs it: no module reads the environment on its own."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url

PROJECT_ROOT = Path(__file__).resolve().parents[2]
_TOKEN = re.compile(r"^\d{3,15}:[A-Za-z0-9_-]{30,64}$")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message is one line, fit to show a user."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path = PROJECT_ROOT / "data"
    state_dir: Path = PROJECT_ROOT / "var"
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

    @property
    def corpus_dir(self) -> Path:
        return self.data_dir / "corpus"

    @property
    def lexicon_dir(self) -> Path:
        return self.data_dir / "lexicon"

    @property
    def locale_dir(self) -> Path:
        return PROJECT_ROOT / "bot"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.state_dir / 'hetao-brief.sqlite3'}"

    def secrets(self) -> list[str]:
        """What no log line may show: the bot token, and the database password, which a driver's
        error or a reload listener's warning could carry."""
        return [s for s in (self.bot_token, make_url(self.db_url).password) if s]

    def require_token(self) -> str:
        if not self.bot_token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set: get one from @BotFather and put it in .env")
        if not _TOKEN.match(self.bot_token):
            raise ConfigError("TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<35 letters> as @BotFather gives it")
        return self.bot_token


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; comments and blank lines ignored, surrounding quotes removed."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip().removeprefix("export ").strip()] = value.strip().strip("\"'")
    return values


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
        )
    }
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
    )


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
