"""Sending digests through the Bot API, mapping Telegram's failures to delivery outcomes.

Flood limits are the bot's rate limiter (limits.py: per-chat pacing, retries on 429) in front of every request; here
a blocked bot or a vanished chat becomes BLOCKED, and network trouble is retried with backoff
before it becomes FAILED (the delivery is released and tried again on the next run).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from hetao_brief.services.digests import SendStatus
from hetao_brief.telegram.limits import retry_seconds

log = logging.getLogger(__name__)
GONE = ("chat not found", "user is deactivated", "bot was kicked", "have no rights to send")


class TelegramOutbox:
    def __init__(
        self,
        bot: Bot,
        attempts: int = 3,
        backoff: float = 1.0,
        on_migrated: Callable[[int, int], Awaitable[None]] | None = None,
    ) -> None:
        self.bot = bot
        self.attempts = attempts
        self.backoff = backoff
        self.on_migrated = on_migrated
        """Told when a group turned out to be a supergroup now, so its subscriptions follow."""

    async def send(self, chat_id: int, parts: list[str]) -> SendStatus:
        for part in parts:
            status = await self._send_one(chat_id, part)
            if status is not SendStatus.SENT:
                return status
        return SendStatus.SENT

    async def _send_one(self, chat_id: int, text: str) -> SendStatus:
        for attempt in range(self.attempts):
            try:
                await self.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, disable_web_page_preview=True)
                return SendStatus.SENT
            except Forbidden:
                return SendStatus.BLOCKED
            except ChatMigrated as moved:
                log.info("chat %s moved to %s", chat_id, moved.new_chat_id)
                if self.on_migrated is not None:
                    await self.on_migrated(chat_id, moved.new_chat_id)
                chat_id = moved.new_chat_id
            except BadRequest as error:
                if any(reason in error.message.lower() for reason in GONE):
                    return SendStatus.BLOCKED
                log.warning("digest to chat %s rejected: %s", chat_id, error.message)
                return SendStatus.FAILED
            except RetryAfter as error:  # the rate limiter's own retries ran out
                await asyncio.sleep(retry_seconds(error))
            except (TimedOut, NetworkError) as error:
                log.info("digest to chat %s: %s (attempt %d)", chat_id, type(error).__name__, attempt + 1)
                await asyncio.sleep(self.backoff * 2**attempt)
        return SendStatus.FAILED
