"""Running the bot: long polling, or a webhook server, until stopped; what went wrong is told
as a `BotStopped` with a one-line reason and an exit code, so that the command line never
needs to know python-telegram-bot's errors."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse

from telegram.error import InvalidToken, NetworkError

from hetao_brief.app import App
from hetao_brief.logs import RedactSecrets
from hetao_brief.memory import settle_after_snapshot
from hetao_brief.telegram.bot import TelegramFrontEnd

ALLOWED_UPDATES = ["message", "callback_query", "inline_query", "my_chat_member"]


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


def serve(app: App, token: str, webhook: Webhook | None = None) -> None:
    app.briefing.on_serve = settle_after_snapshot  # a long-lived process: keep its heap cheap
    settle_after_snapshot()
    front = TelegramFrontEnd(app)
    application = front.build(token, app.settings.api_base_url)
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
            )
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        raise BotStopped("Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather", 2) from None
    except NetworkError as error:
        raise BotStopped(f"cannot reach the Bot API: {RedactSecrets([token]).redact(str(error))}", 1) from None
    if front.conflict:
        raise BotStopped("stopped: another process is polling with this bot token (run one, or use --webhook)", 3)


__all__ = ["ALLOWED_UPDATES", "BotStopped", "Webhook", "serve"]
