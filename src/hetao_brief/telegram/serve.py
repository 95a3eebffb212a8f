"""Running the bot: long polling, or a webhook server, until stopped; what went wrong is told
as a `BotStopped` with a one-line reason and an exit code, so that the command line never
needs to know python-telegram-bot's errors."""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass
from urllib.parse import urlparse

from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from hetao_brief.app import App
from hetao_brief.logs import RedactSecrets
from hetao_brief.memory import settle_after_snapshot
from hetao_brief.telegram.bot import TelegramFrontEnd

log = logging.getLogger(__name__)
ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"]


class BotStopped(Exception):
    """The bot could not start or had to stop: `code` 1 (network), 2 (setting) or 3 (another
    process polls with this token, which restarting cannot fix)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Webhook:
    url: str
    listen: str
    port: int
    secret: str | None


STOP_GRACE = 3.0
"""Seconds a stop may wait on the Bot API (a last getUpdates, replies in flight) before the
requests are failed: systemd and docker allow 10 s before a SIGKILL."""


def serve(app: App, token: str, webhook: Webhook | None = None) -> None:
    app.briefing.on_serve = settle_after_snapshot  # a long-lived process: keep its heap cheap
    settle_after_snapshot()
    front = TelegramFrontEnd(app)
    application = front.build(token, app.settings.api_base_url)
    start_services = application.post_init

    async def start(application: Application) -> None:  # type: ignore[type-arg]
        if start_services is not None:
            await start_services(application)
        loop = asyncio.get_running_loop()

        def stop() -> None:
            log.info("stopping")
            application.stop_running()
            loop.call_later(STOP_GRACE, front.abort_transports)

        for signal_number in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signal_number, stop)

    application.post_init = start
    try:
        if webhook is not None:
            url = urlparse(webhook.url)
            if url.scheme not in ("https", "http") or not url.netloc:
                raise BotStopped(f"--webhook must be an http(s) URL, not {webhook.url!r}", 2)
            application.run_webhook(
                listen=webhook.listen,
                port=webhook.port,
                url_path=url.path.lstrip("/"),
                webhook_url=webhook.url,
                secret_token=webhook.secret,
                allowed_updates=ALLOWED_UPDATES,
                stop_signals=None,
            )
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES, stop_signals=None)
    except InvalidToken:
        raise BotStopped("Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather", 2) from None
    except NetworkError as error:
        raise BotStopped(f"cannot reach the Bot API: {RedactSecrets([token]).redact(str(error))}", 1) from None
    finally:
        front.abandon_transports()
    if front.conflict:
        raise BotStopped("stopped: another process is polling with this bot token (run one, or use --webhook)", 3)


__all__ = ["ALLOWED_UPDATES", "BotStopped", "Webhook", "serve"]
