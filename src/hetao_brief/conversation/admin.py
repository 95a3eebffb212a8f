"""Admin commands: /reload, /stats and adding an article by sending a document.

Authorisation is checked on every path (command, button, upload) by the caller,
`Conversation`, before any of these run; they assume an admin.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

from hetao_brief.conversation.base import Handlers, Turn, parse_number
from hetao_brief.conversation.events import AnnounceOut, Button, Reply, Toast, UploadIn
from hetao_brief.corpus import ARTICLE_SUFFIXES, ArticleError, parse_article
from hetao_brief.service import ReloadSummary
from hetao_brief.store.chats import ChatRepository, DeliveryRepository, SubscriptionRepository
from hetao_brief.store.facts import FactRepository
from hetao_brief.store.queries import ReloadLog

log = logging.getLogger(__name__)
MAX_UPLOAD_BYTES = 512 * 1024
_SAFE_NAME = re.compile(r"[^\w.-]+")
_CAPTION_PAIR = re.compile(
    r"^\s*(title|published|source|标题|標題|日期)\s*[:：]\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE
)
_CAPTION_KEYS = {"标题": "title", "標題": "title", "日期": "published"}


def safe_file_name(name: str) -> str:
    """The base name only (no directories, no leading dots), in a conservative alphabet."""
    base = Path(name.replace("\\", "/")).name
    stem, suffix = os.path.splitext(base)
    stem = _SAFE_NAME.sub("_", stem).strip("._")[:80] or "article"
    return f"{stem}{suffix.lower()}"


def caption_front_matter(caption: str) -> str:
    """``title: …`` / ``published: …`` lines, or ``Title | 2024-08-01``, as front matter."""
    pairs = {_CAPTION_KEYS.get(k, k.lower()): v for k, v in _CAPTION_PAIR.findall(caption)}
    if not pairs and "|" in caption:
        title, _, published = caption.rpartition("|")
        pairs = {"title": title.strip(), "published": published.strip()}
    if not pairs:
        return ""
    lines = "\n".join(f"{key}: {value}" for key, value in pairs.items() if "\n" not in value)
    return f"---\n{lines}\n---\n"


class Admin(Handlers):
    def reload(self, turn: Turn) -> list[Reply]:
        try:
            summary = self.services.briefing.reload()
        except (NotADirectoryError, PermissionError) as error:
            return self.reply_key(turn, "admin.reload_failed", reason=str(error))
        return self._summary(turn, summary)

    def _summary(self, turn: Turn, summary: ReloadSummary, prefix: str = "") -> list[Reply]:
        lines = [prefix] if prefix else []
        lines.append(
            self.say(
                turn,
                "admin.reload_summary",
                articles=summary.articles,
                added=summary.added,
                removed=summary.removed,
                unchanged=summary.unchanged,
                seconds=f"{summary.seconds:.1f}",
            )
        )
        lines += [self.say(turn, "admin.reload_error", file=f, reason=r) for f, r in summary.errors]
        lines += [self.say(turn, "admin.reload_kept", file=f) for f in summary.kept_previous]
        buttons: tuple[tuple[Button, ...], ...] = ()
        if summary.added:
            buttons = ((Button(self.say(turn, "admin.notify"), f"a:n:{summary.reload_id}"),),)
        return self.reply("\n".join(lines), buttons)

    def notify(self, turn: Turn, reload_id: str) -> list[Reply]:
        if parse_number(reload_id) is None:
            return [Toast(self.say(turn, "errors.stale_button"))]
        return [Toast(self.say(turn, "admin.notifying")), AnnounceOut(reload_id)]

    def stats(self, turn: Turn) -> list[Reply]:
        with self.services.database.unit_of_work() as session:
            chats = ChatRepository(session).count()
            subscriptions = SubscriptionRepository(session).count_active()
            by_kind = FactRepository(session).count_by_kind()
            sent = DeliveryRepository(session).count("sent")
            last = ReloadLog(session).latest()
        kinds = "、".join(f"{self.say(turn, f'kind.{k}')} {n}" for k, n in sorted(by_kind.items()))
        reload_line = (
            self.say(
                turn,
                "admin.stats_reload",
                at=last.finished_at.strftime("%Y-%m-%d %H:%M UTC"),
                added=last.added,
                removed=last.removed,
                errors=last.errors,
            )
            if last
            else self.say(turn, "admin.stats_no_reload")
        )
        return self.reply(
            self.say(turn, "admin.stats", chats=chats, subscriptions=subscriptions, facts=kinds, sent=sent)
            + "\n"
            + reload_line
        )

    # -- documents -----------------------------------------------------------------------

    def upload_rejection(self, turn: Turn, upload: UploadIn) -> list[Reply] | None:
        """Checks that need no download: the file type and size."""
        suffix = Path(upload.file_name or "").suffix.lower()
        if suffix not in ARTICLE_SUFFIXES:
            return self.reply_key(turn, "admin.upload_type", name=upload.file_name[:80])
        if upload.size > MAX_UPLOAD_BYTES:
            return self.reply_key(turn, "admin.upload_size", limit=MAX_UPLOAD_BYTES // 1024)
        return None

    def upload(self, turn: Turn, upload: UploadIn) -> list[Reply]:
        """Validate the whole article before anything is written; then write it atomically
        and reload. A file that does not parse changes nothing."""
        rejection = self.upload_rejection(turn, upload)
        if rejection is not None:
            return rejection
        content = upload.content or b""
        if len(content) > MAX_UPLOAD_BYTES:
            return self.reply_key(turn, "admin.upload_size", limit=MAX_UPLOAD_BYTES // 1024)
        name = safe_file_name(upload.file_name)
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError as error:
            return self.reply_key(turn, "admin.upload_bad", name=name, reason=f"not UTF-8 (byte {error.start})")
        text = text.lstrip("\ufeff")
        if not text.startswith(("+++", "---")):
            text = caption_front_matter(upload.caption) + text
        try:
            article = parse_article(text, name)
        except ArticleError as error:
            return self.reply_key(turn, "admin.upload_bad", name=name, reason=error.reason)
        corpus = self.services.briefing.corpus_dir
        clash = [a for a in self.services.briefing.snapshot.articles.values() if a.id == article.id]
        target = corpus / name
        if clash and not target.exists():
            return self.reply_key(turn, "admin.upload_bad", name=name, reason=f"id {article.id} is already used")
        _write_atomically(target, text)
        log.info("admin %s added article %s as %s", turn.sender.user_id, article.id, name)
        summary = self.services.briefing.reload()
        if any(file == name for file, _ in summary.errors):  # cannot happen after parse_article; never keep it
            target.unlink(missing_ok=True)
            summary = self.services.briefing.reload()
        return self._summary(turn, summary, self.say(turn, "admin.upload_done", title=article.title, name=name))


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".upload-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
