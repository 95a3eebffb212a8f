"""Logging set-up that never writes a secret.

The Bot API puts the token in every request URL, and httpx logs request URLs at INFO, so a
filter on the root handlers replaces every configured secret before a record is written,
whatever logger produced it (and in exception text too). httpx itself is turned down to
WARNING: a line per request is noise at any scale.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import quote

REDACTED = "<redacted>"
BRIEF = frozenset({"NetworkError", "TimedOut", "InvalidToken", "Conflict", "RetryAfter", "Forbidden"})
"""Expected operational errors: logged as one line, not as a traceback."""


class RedactSecrets(logging.Filter):
    """Replaces each secret however it may have been mangled on its way into a message: in any
    letter case (PTB capitalises a Bot API error's description, which lower-cases a token in a
    request path it quotes) and URL-encoded (a proxy or a server echoing the request line)."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]
        variants = {form for s in self.secrets for form in (s, quote(s, safe=""), quote(s, safe=":"))}
        pattern = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
        self._pattern = re.compile(pattern, re.IGNORECASE) if variants else None

    def redact(self, text: str) -> str:
        return self._pattern.sub(REDACTED, text) if self._pattern is not None else text

    def filter(self, record: logging.LogRecord) -> bool:
        message = self.redact(record.getMessage())
        record.msg, record.args = message, None
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and type(error).__name__ in BRIEF:
            record.msg, record.exc_info = f"{message} ({type(error).__name__}: {self.redact(str(error))})", None
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text, record.exc_info = self.redact(formatted), None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line (HETAO_LOG_FORMAT=json), for log shippers; the traceback, if
    any, is a field of it. Runs after `RedactSecrets`, so it sees redacted text only."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_text:
            entry["traceback"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(secrets: Iterable[str] = (), level: int | str = logging.INFO, fmt: str = "text") -> RedactSecrets:
    redactor = RedactSecrets(secrets)
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redactor)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # our own line says what a migration did
    return redactor
