"""Admin commands: /reload, /stats, /remove and adding an article by sending a document.

Authorisation is checked on every path (command, button, upload) by the caller,
`Conversation`, before any of these run; they assume an admin.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

from hetao_brief.conversation import buttons
from hetao_brief.conversation.base import Handlers, Turn, parse_number
from hetao_brief.conversation.events import AnnounceOut, Button, Reply, Toast, UploadIn
from hetao_brief.corpus import ARTICLE_SUFFIXES, ArticleError, parse_article
from hetao_brief.fetch import FetchError
from hetao_brief.services.briefing import ArticleExists, ReloadSummary, StoreFailed
from hetao_brief.services.news import Added

log = logging.getLogger(__name__)
_LINK = re.compile(r"^https?://\S{3,2000}$", re.IGNORECASE)
MAX_UPLOAD_BYTES = 512 * 1024
_SAFE_NAME = re.compile(r"[^\w.-]+")
_CAPTION_PAIR = re.compile(
    r"^\s*(title|published|source|标题|標題|日期)\s*[:：]\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE
)
_CAPTION_KEYS = {"标题": "title", "標題": "title", "日期": "published"}


def safe_file_name(name: str) -> str:
    """The base name only (no directories, no leading dots), in a conservative alphabet."""
    base = Path(name.replace("\\", "/")).name
    suffix = Path(base).suffix
    stem = base[: -len(suffix)] if suffix else base
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
        except StoreFailed as error:  # the store cannot be written: say so, and why
            log.error("reload failed: %s", error)
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
        return self.reply("\n".join(lines), self._notify_button(turn, summary))

    def _notify_button(self, turn: Turn, summary: ReloadSummary | None) -> tuple[tuple[Button, ...], ...]:
        """The offer to tell subscribers what is new, where a reload added facts."""
        if summary is None or not summary.added:
            return ()
        return ((Button(self.say(turn, "admin.notify"), buttons.notify(summary.reload_id)),),)

    def notify(self, turn: Turn, reload_id: str) -> list[Reply]:
        if parse_number(reload_id) is None:
            return [Toast(self.say(turn, "errors.stale_button"))]
        return [Toast(self.say(turn, "admin.notifying")), AnnounceOut(reload_id)]

    def stats(self, turn: Turn) -> list[Reply]:
        stats = self.services.stats()
        last = stats.last_reload
        kinds = self.renderer.join(
            turn.locale, [f"{self.say(turn, f'kind.{k}')} {n}" for k, n in sorted(stats.facts_by_kind.items())]
        )
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
            self.say(
                turn,
                "admin.stats",
                chats=stats.chats,
                subscriptions=stats.active_subscriptions,
                facts=kinds,
                sent=stats.digests_sent,
            )
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
        """Validate the whole article before anything is written; then store it and its facts
        in one transaction. A file that does not parse, or that would replace or repeat a
        stored article, changes nothing."""
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
        article = replace(article, file=name)
        try:
            summary = self.services.briefing.add_article(article, origin="upload")
        except ArticleExists as clash:
            key = "admin.upload_same" if clash.reason == "same" else "admin.upload_id_taken"
            return self.reply_key(turn, key, name=name, id=clash.article_id)
        log.info("admin %s added article %s from %s", turn.sender.user_id, article.id, name)
        return self._summary(turn, summary, self.say(turn, "admin.upload_done", title=article.title, name=name))

    # -- links and feeds ------------------------------------------------------------------

    def add_link(self, turn: Turn, args: list[str]) -> list[Reply]:
        """/add URL (or a link sent on its own): fetch the page and store its article."""
        news = self.services.news
        if len(args) != 1 or not _LINK.match(args[0]) or news is None:
            return self.reply_key(turn, "admin.add_usage")
        url = args[0]
        try:
            added = news.add_link(url)
        except FetchError as error:
            log.info("admin %s: link %s not added: %s", turn.sender.user_id, url[:200], error)
            return self.reply_key(turn, "admin.add_failed", url=url[:200], reason=str(error))
        except ArticleExists as clash:
            return self.reply_key(turn, "admin.add_same", url=url[:200], id=clash.article_id)
        log.info("admin %s added %s from %s", turn.sender.user_id, added.articles[0].id, url[:200])
        return self._added(turn, added)

    def _added(self, turn: Turn, added: Added) -> list[Reply]:
        lines = []
        for article in added.articles:
            lines.append(
                self.say(
                    turn,
                    "admin.add_done",
                    title=article.title,
                    date=article.published,
                    outlet=article.source or "—",
                    id=article.id,
                )
            )
            if article.id in added.assumed_dates:
                lines.append(self.say(turn, "admin.add_assumed_date", date=article.published))
        counts = [self.say(turn, f"kind.{kind}") + f" {n}" for kind, n in sorted(added.facts_by_kind.items())]
        lines.append(self.say(turn, "admin.add_facts", facts=self.renderer.join(turn.locale, counts) or "0"))
        lines += [
            self.say(turn, "admin.add_milestone", date=f.date or "", label=f.label) for f in added.first_milestones
        ]
        return self.reply("\n".join(lines), self._notify_button(turn, added.summary))

    def feeds(self, turn: Turn, args: list[str]) -> list[Reply]:
        """/feeds, /feeds add URL [keyword…], /feeds remove ID."""
        news = self.services.news
        if news is None:
            return self.reply_key(turn, "admin.feeds_usage")
        if not args:
            listed = news.feeds()
            if not listed:
                return self.reply_key(turn, "admin.feeds_none")
            lines = [self.say(turn, "admin.feeds_header", count=len(listed))]
            for feed in listed:
                at = feed.last_fetch_at.strftime("%Y-%m-%d %H:%M UTC") if feed.last_fetch_at else "—"
                lines.append(
                    self.say(turn, "admin.feeds_item", id=feed.id, url=feed.url, at=at, taken=feed.items_taken)
                )
                if feed.last_error:
                    lines.append(self.say(turn, "admin.feeds_error", error=feed.last_error, failures=feed.failures))
            return self.reply("\n".join(lines))
        if args[0] == "add" and len(args) >= 2 and _LINK.match(args[1]):
            try:
                feed = news.add_feed(args[1], args[2:12])
            except FetchError as error:
                return self.reply_key(turn, "admin.add_failed", url=args[1][:200], reason=str(error))
            except ValueError:
                return self.reply_key(turn, "admin.feeds_exists", url=args[1][:200])
            keywords = self.renderer.join(turn.locale, list(feed.keywords)) or self.say(turn, "admin.feeds_default")
            minutes = max(1, round(news.interval.total_seconds() / 60))
            return self.reply_key(
                turn, "admin.feeds_added", id=feed.id, url=feed.url, keywords=keywords, minutes=minutes
            )
        if args[0] == "remove" and len(args) == 2 and (number := parse_number(args[1])) is not None:
            if news.remove_feed(number):
                return self.reply_key(turn, "admin.feeds_removed", id=number)
            return self.reply_key(turn, "admin.feeds_unknown", id=number)
        return self.reply_key(turn, "admin.feeds_usage")

    def remove(self, turn: Turn, args: list[str]) -> list[Reply]:
        """/remove ID: delete an article and its facts (the only way one leaves the store)."""
        if len(args) != 1:
            return self.reply_key(turn, "admin.remove_usage")
        try:
            summary = self.services.briefing.remove_article(args[0])
        except KeyError:
            return self.reply_key(turn, "admin.remove_unknown", id=args[0][:80])
        log.info("admin %s removed article %s", turn.sender.user_id, args[0])
        return self._summary(turn, summary, self.say(turn, "admin.removed", id=args[0]))
