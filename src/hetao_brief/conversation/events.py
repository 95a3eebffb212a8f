"""What the conversation layer receives and what it answers, free of any transport.

An adapter (Telegram, the terminal) turns its updates into these events and carries the
replies back out; it decides nothing about wording or content.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sender:
    user_id: int
    chat_id: int
    language_code: str | None = None
    """The user's client language (Telegram's ``language_code``), a hint for the locale."""
    is_private: bool = True
    may_change_settings: bool = True
    """In a group: whether the sender is one of its administrators (or posts as the group
    itself), who alone change the group's subscriptions, language and time zone. The front end
    finds out (Telegram: getChatMember) only for messages that would change them."""


@dataclass(frozen=True)
class TextIn:
    """A message: plain text, or a command such as ``/ask 科汇通``."""

    sender: Sender
    text: str


@dataclass(frozen=True)
class ButtonIn:
    """A press on an inline button; `data` came from us but travels through the client and
    must be treated as forged until checked."""

    sender: Sender
    data: str


@dataclass(frozen=True)
class InlineIn:
    """An inline query (``@bot 关键词`` in any chat)."""

    user_id: int
    query: str
    offset: str = ""
    language_code: str | None = None


@dataclass(frozen=True)
class UploadIn:
    """A document sent to the bot. `content` is None until the adapter has fetched it, which it
    does only after `Conversation.upload_rejection` accepted the name and size."""

    sender: Sender
    file_name: str
    size: int
    caption: str = ""
    content: bytes | None = None


@dataclass(frozen=True)
class MemberIn:
    """The bot's own membership in a chat changed: a user blocked or unblocked it, a group
    removed or re-added it. `accepts` says whether the chat takes messages now."""

    chat_id: int
    accepts: bool


@dataclass(frozen=True)
class MigrateIn:
    """A group became a supergroup with a new chat id."""

    old_chat_id: int
    new_chat_id: int


Event = TextIn | ButtonIn | InlineIn | UploadIn
ChatEvent = MemberIn | MigrateIn


@dataclass(frozen=True)
class Button:
    label: str
    data: str


@dataclass(frozen=True)
class TextOut:
    """HTML text (at most 4096 characters; the conversation splits longer ones), optionally
    with rows of inline buttons. `edit` replaces the message whose button was pressed."""

    html: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    edit: bool = False


@dataclass(frozen=True)
class PhotoOut:
    png: bytes
    caption: str


@dataclass(frozen=True)
class Toast:
    """A short notice for a button press (Telegram's answerCallbackQuery)."""

    text: str
    alert: bool = False


@dataclass(frozen=True)
class InlineItem:
    id: str
    title: str
    description: str
    html: str


@dataclass(frozen=True)
class InlineOut:
    items: tuple[InlineItem, ...]
    next_offset: str = ""


@dataclass(frozen=True)
class AnnounceOut:
    """Ask the adapter to send subscribers what a reload added (an admin pressed 'notify')."""

    key: str


@dataclass(frozen=True)
class CommandsOut:
    """Show this chat the command menu in `locale` (after /lang)."""

    locale: str


Reply = TextOut | PhotoOut | Toast | InlineOut | AnnounceOut | CommandsOut
