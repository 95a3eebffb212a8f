"""Wiring python-telegram-bot to the conversation layer.

Each handler turns an update into a conversation event, runs `Conversation.handle` in a
worker thread (it touches the database), and carries the replies back: messages in HTML,
edits for pagination, photos, callback toasts, inline results. Nothing here decides what to
say. The digest job runs every `tick` seconds on PTB's JobQueue (APScheduler underneath) and
sends whatever the database says is due, so schedules survive restarts; every `refresh`
seconds the facts are reloaded from the database if another process ran a reload, and on
PostgreSQL at once when it commits (store/notifications.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import time
from dataclasses import replace
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ChatAction, ChatMemberStatus, ChatType, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from hetao_brief.app import App
from hetao_brief.conversation import buttons
from hetao_brief.conversation.conversation import GROUP_SETTINGS, locale_from_language_code
from hetao_brief.conversation.events import (
    AnnounceOut,
    Button,
    ButtonIn,
    CommandsOut,
    Event,
    InlineIn,
    InlineOut,
    MemberIn,
    MigrateIn,
    PhotoOut,
    Reply,
    Sender,
    TextIn,
    TextOut,
    Toast,
    UploadIn,
)
from hetao_brief.services.digests import DeliveryReport
from hetao_brief.services.health import record_tick
from hetao_brief.store.notifications import listen_for_reloads
from hetao_brief.telegram.limits import PerChatRateLimiter
from hetao_brief.telegram.outbox import TelegramOutbox
from hetao_brief.telegram.transport import AiohttpRequest

log = logging.getLogger(__name__)
CAPTION_LIMIT = 1024
_TAKES_MESSAGES = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
MENU_LANGUAGE = {"en": None, "zh-Hans": "zh"}
"""Telegram keys command menus by two-letter language code only: English is the default menu,
Chinese clients get 简体, and a chat that chooses 繁體 with /lang gets a menu of its own."""


class TelegramFrontEnd:
    def __init__(
        self, app: App, tick: float = 60.0, refresh: float = 10.0, send_timeout: float = 5.0, chat_rate: float = 1.0
    ) -> None:
        self.app = app
        self.tick = tick
        self.refresh = refresh
        self.send_timeout = send_timeout
        """How long a send waits for the Bot API's answer before it counts as failed."""
        self.chat_rate = chat_rate
        """Sends a second to one private chat: Telegram allows about one; a stand-in may allow more."""
        self.conflict = False
        """Set when another process polls with the same token; polling then stops."""
        self.outbox: TelegramOutbox | None = None
        self.application: Application | None = None  # type: ignore[type-arg]
        self._listener: asyncio.Task[None] | None = None
        self._rights: dict[tuple[int, int], tuple[bool, float]] = {}
        self._store_problem: str | None = None
        self._transports: list[AiohttpRequest] = []
        self.digest_runs = 0
        """Digest job runs completed: what an operator's metrics (and the tests) count."""
        self.announcements: list[DeliveryReport] = []
        """The reports of the announcements sent, oldest first."""

    # -- building ------------------------------------------------------------------------

    def build(self, token: str, base_url: str | None = None, base_file_url: str | None = None) -> Application:
        limiter = PerChatRateLimiter(self.app.settings.send_rate, self.chat_rate, max_retries=3)
        builder = ApplicationBuilder().token(token).rate_limiter(limiter)
        if self.app.settings.proxy:
            # PTB's own client speaks SOCKS5 as well as HTTP proxies (httpx with socksio);
            # the aiohttp transport would send a SOCKS proxy an HTTP CONNECT.
            proxy = self.app.settings.proxy
            builder = builder.request(HTTPXRequest(connection_pool_size=256, proxy=proxy))
            builder = builder.get_updates_request(HTTPXRequest(proxy=proxy))
        else:
            self._transports = [AiohttpRequest(read_timeout=self.send_timeout), AiohttpRequest(pool_size=1)]
            builder = builder.request(self._transports[0]).get_updates_request(self._transports[1])
        builder = builder.concurrent_updates(16).post_init(self.start_services).post_stop(self.stop_services)
        if base_url:
            builder = builder.base_url(base_url).base_file_url(base_file_url or base_url.replace("/bot", "/file/bot"))
        application = builder.build()
        application.bot_data["app"] = self.app
        application.add_handler(ChatMemberHandler(self._on_member, ChatMemberHandler.MY_CHAT_MEMBER))
        application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self._on_migrate))
        application.add_handler(MessageHandler(filters.Document.ALL, self._on_document))
        application.add_handler(MessageHandler(filters.TEXT | filters.COMMAND, self._on_text))
        application.add_handler(CallbackQueryHandler(self._on_button))
        application.add_handler(InlineQueryHandler(self._on_inline))
        application.add_error_handler(self._on_error)
        self.application = application
        return application

    def abandon_transports(self) -> None:
        """Once the application's event loop has ended, whatever happened to it."""
        for transport in self._transports:
            transport.abandon()

    def abort_transports(self) -> None:
        """Stopping has taken too long (the Bot API does not answer): requests in flight fail
        now, and so does any request made while stopping."""
        for transport in self._transports:
            transport.abort()

    async def start_services(self, application: Application) -> None:
        """Load the facts (extracting the corpus if the store is empty), register the command
        menus, learn our username (commands addressed to other bots are ignored), and start
        the digest job; its first run catches up on digests missed while we were down."""
        await asyncio.to_thread(self.app.briefing.start)
        me = await application.bot.get_me()
        self.app.conversation.bot_username = me.username or ""
        for locale, code in MENU_LANGUAGE.items():
            await application.bot.set_my_commands(self._menu(locale), language_code=code)
        self.outbox = TelegramOutbox(application.bot, on_migrated=self._chat_migrated)
        if application.job_queue is not None:
            application.job_queue.run_repeating(self._digest_job, interval=self.tick, first=0.5, name="digests")
            application.job_queue.run_repeating(self._refresh_job, interval=self.refresh, first=self.refresh)
            feeds_every = min(60.0, self.app.settings.feed_interval)  # each feed is polled when it is due
            application.job_queue.run_repeating(self._feeds_job, interval=feeds_every, first=5, name="feeds")
        if self.app.database.dialect == "postgresql":
            self._listener = asyncio.create_task(listen_for_reloads(self.app.settings.db_url, self._catch_up))

    async def stop_services(self, application: Application) -> None:
        """Stop listening for reloads: the listener runs until cancelled."""
        if (listener := self._listener) is not None:
            self._listener = None
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener

    def _menu(self, locale: str) -> list[BotCommand]:
        catalog = self.app.renderer.messages.template(locale, "commands")
        assert isinstance(catalog, dict)
        return [BotCommand(name, str(description)) for name, description in catalog.items()]

    # -- updates -------------------------------------------------------------------------

    async def _on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or message.text is None or update.effective_chat is None:
            return
        sender = await self._with_rights(update, _sender(update), changes_settings(message.text))
        action = SLOW_COMMANDS.get(message.text.strip().split(maxsplit=1)[0].split("@")[0].lower())
        if action is not None:  # a chart or a digest takes a moment: show that we are on it
            with contextlib.suppress(TelegramError):
                await context.bot.send_chat_action(update.effective_chat.id, action)
        await self._answer(update, TextIn(sender, message.text))

    async def _on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        if update.effective_chat is None:  # a button on a message sent inline: no chat to answer in
            with contextlib.suppress(TelegramError):  # answered all the same, or the client spins
                await query.answer(self.app.renderer.say(_locale_of(query.from_user), "errors.inline_button"))
            return
        data = query.data or ""
        sender = await self._with_rights(update, _sender(update), buttons.changes_settings(buttons.parse(data)))
        await self._answer(update, ButtonIn(sender, data))

    async def _with_rights(self, update: Update, sender: Sender, needed: bool) -> Sender:
        """The sender, with whether they may change a group's settings, asked of Telegram only
        when the message would change them (cached for a minute per member)."""
        chat = update.effective_chat
        if not needed or sender.is_private or chat is None:
            return sender
        message = update.effective_message
        posted_as_chat = message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id
        if posted_as_chat and update.callback_query is None:
            return sender  # an anonymous administrator posting as the group, or a channel's post
        # (a press on the bot's own message in a channel: the message is the channel's, the
        # presser any reader, so the presser is asked about like any group member)
        key = (chat.id, sender.user_id)
        cached = self._rights.get(key)
        if cached is not None and cached[1] > time.monotonic():
            return replace(sender, may_change_settings=cached[0])
        try:
            member = await chat.get_member(sender.user_id)
            allowed = member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
        except TelegramError as error:
            log.info("could not check the rights of %s in %s: %s", sender.user_id, chat.id, error)
            allowed = False
        self._rights[key] = (allowed, time.monotonic() + RIGHTS_TTL)
        return replace(sender, may_change_settings=allowed)

    async def _on_inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.inline_query
        if query is None:
            return
        event = InlineIn(query.from_user.id, query.query, query.offset, query.from_user.language_code)
        await self._answer(update, event)

    async def _on_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A user blocked or unblocked the bot, or a group removed or re-added it."""
        change = update.my_chat_member
        if change is None:
            return
        member = change.new_chat_member
        accepts = member.status in _TAKES_MESSAGES or bool(getattr(member, "can_send_messages", False))
        await asyncio.to_thread(self.app.conversation.chat_changed, MemberIn(change.chat.id, accepts))
        made_admin = member.status == ChatMemberStatus.ADMINISTRATOR != change.old_chat_member.status
        if change.chat.type == ChatType.CHANNEL and made_admin:  # tell whoever added the bot how to use it
            hint = self.app.renderer.say(
                _locale_of(change.from_user), "groups.channel_added", title=html.escape(change.chat.title or "")
            )
            with contextlib.suppress(TelegramError):  # they may never have started the bot
                await context.bot.send_message(change.from_user.id, hint, parse_mode=ParseMode.HTML)

    async def _on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Telegram announces a migration in both chats; moving twice is harmless."""
        message = update.effective_message
        if message is None:
            return
        if message.migrate_to_chat_id:
            await self._chat_migrated(message.chat.id, message.migrate_to_chat_id)
        elif message.migrate_from_chat_id:
            await self._chat_migrated(message.migrate_from_chat_id, message.chat.id)

    async def _chat_migrated(self, old_id: int, new_id: int) -> None:
        await asyncio.to_thread(self.app.conversation.chat_changed, MigrateIn(old_id, new_id))

    async def _on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or message.document is None or update.effective_chat is None:
            return
        document = message.document
        upload = UploadIn(_sender(update), document.file_name or "", document.file_size or 0, message.caption or "")
        rejection = await asyncio.to_thread(self.app.conversation.upload_rejection, upload)
        if rejection is not None:
            await self._deliver(update, rejection)
            return
        file = await document.get_file()
        content = bytes(await file.download_as_bytearray())
        await self._answer(update, UploadIn(upload.sender, upload.file_name, upload.size, upload.caption, content))

    async def _answer(self, update: Update, event: Event) -> None:
        replies = await asyncio.to_thread(self.app.conversation.handle, event)
        await self._deliver(update, replies)

    # -- replies -------------------------------------------------------------------------

    async def _deliver(self, update: Update, replies: list[Reply]) -> None:
        bot = update.get_bot()
        query = update.callback_query
        toasted = False
        for reply in replies:
            if isinstance(reply, Toast):
                if query is not None and not toasted:
                    await query.answer(reply.text or None, show_alert=reply.alert)
                    toasted = True
            elif isinstance(reply, InlineOut) and update.inline_query is not None:
                await update.inline_query.answer(
                    [_inline_result(i) for i in reply.items], next_offset=reply.next_offset, cache_time=30
                )
            elif isinstance(reply, TextOut):
                await self._send_text(update, reply)
            elif isinstance(reply, PhotoOut) and update.effective_chat is not None:
                caption = reply.caption if len(reply.caption) <= CAPTION_LIMIT else None
                await bot.send_photo(update.effective_chat.id, reply.png, caption=caption, parse_mode=ParseMode.HTML)
            elif isinstance(reply, CommandsOut) and update.effective_chat is not None:
                scope = BotCommandScopeChat(update.effective_chat.id)
                await bot.set_my_commands(self._menu(reply.locale), scope=scope)
            elif isinstance(reply, AnnounceOut) and self.application is not None:
                self.application.create_task(self._announce(reply.key))  # the admin already got a toast
        if query is not None and not toasted:
            await query.answer()

    async def _send_text(self, update: Update, reply: TextOut) -> None:
        markup = _keyboard(reply.buttons)
        query = update.callback_query
        if reply.edit and query is not None and query.message is not None:
            try:
                await query.edit_message_text(
                    reply.html, parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True
                )
                return
            except BadRequest as error:
                if "not modified" in error.message.lower():
                    return
                log.info("could not edit message (%s); sending a new one", error.message)
        if update.effective_chat is not None:
            await update.get_bot().send_message(
                update.effective_chat.id,
                reply.html,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                disable_web_page_preview=True,
            )

    # -- digests -------------------------------------------------------------------------

    async def _refresh_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._catch_up()

    async def _catch_up(self) -> None:
        """Pick up a reload that another bot process ran (several webhook workers share one
        database, each with its own in-memory index)."""
        if await asyncio.to_thread(self.app.briefing.refresh):
            log.info("serving the facts of reload %d", self.app.briefing.snapshot.reload_id)

    async def _digest_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        if self.outbox is None:
            return
        problem = self.app.database.problem()
        if problem != self._store_problem:  # one line when it starts, one when it ends
            if problem:
                log.error("the store cannot be written: %s; digests wait until it can", problem)
            else:
                log.info("the store can be written again")
            self._store_problem = problem
        if problem:
            return  # a digest recorded nowhere would be sent again after a restart
        await asyncio.to_thread(self.app.briefing.refresh)  # never compose from stale facts
        report = await self.app.digests.deliver_due(self.outbox)
        if report.due:
            log.info("digest run: %s", report)
        await asyncio.to_thread(record_tick, self.app.settings.state_dir)
        await asyncio.to_thread(self.app.digests.prune_saved_queries)
        self.digest_runs += 1

    async def _feeds_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Poll the feeds that are due; one worker at a time polls (NewsService.poll)."""
        report = await asyncio.to_thread(self.app.news.poll)
        if report.feeds:
            added = len(report.added.articles) if report.added else 0
            log.info(
                "feeds polled: %d due, %d unchanged, %d failed, %d articles added",
                report.feeds,
                report.unchanged,
                report.failed,
                added,
            )

    async def _announce(self, key: str) -> None:
        if self.outbox is not None:
            report = await self.app.digests.announce(self.outbox, key)
            log.info("announcement %s: %s", key, report)
            self.announcements.append(report)

    # -- errors --------------------------------------------------------------------------

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        if isinstance(error, Conflict):
            if not self.conflict:
                log.error("another process is polling with this bot token; stop it or use webhook mode")
            self.conflict = True
            context.application.stop_running()
            return
        if isinstance(error, Forbidden):
            log.info("a chat refused our message: %s", error.message)
            return
        if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
            # the Bot API did not answer (BadRequest is a NetworkError too, but it is our mistake):
            # an apology would not arrive either
            log.warning("the Bot API did not answer while handling an update: %s", error)
            return
        log.error("error while handling an update: %s", type(error).__name__, exc_info=error)
        if isinstance(update, Update) and update.effective_chat is not None and self.outbox is not None:
            user = update.effective_user
            locale = "zh-Hans" if user and (user.language_code or "").startswith("zh") else "en"
            with contextlib.suppress(Exception):  # the apology is a courtesy; its failure is already logged
                await context.bot.send_message(
                    update.effective_chat.id, self.app.renderer.messages.get(locale, "errors.internal")
                )


SLOW_COMMANDS = {"/timeline": ChatAction.UPLOAD_PHOTO, "/digest": ChatAction.TYPING}
"""Replies that take long enough for a user to wonder: Telegram shows the action meanwhile."""
RIGHTS_TTL = 60.0
"""Seconds a member's administrator status is trusted before Telegram is asked again."""


def _locale_of(user: Any) -> str:
    """The locale of a user the conversation has not seen (a button or a member change)."""
    return locale_from_language_code(getattr(user, "language_code", None))


def changes_settings(text: str) -> bool:
    command = text.strip().split(maxsplit=1)[0].lstrip("/").split("@")[0].lower() if text.strip() else ""
    return text.lstrip().startswith("/") and command in GROUP_SETTINGS


def _sender(update: Update) -> Sender:
    user, chat = update.effective_user, update.effective_chat
    assert chat is not None
    return Sender(
        user_id=user.id if user else chat.id,
        chat_id=chat.id,
        language_code=user.language_code if user else None,
        is_private=chat.type == "private",
    )


def _keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows])


def _inline_result(item: Any) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=item.id,
        title=item.title,
        description=item.description,
        input_message_content=InputTextMessageContent(item.html, parse_mode=ParseMode.HTML),
    )
