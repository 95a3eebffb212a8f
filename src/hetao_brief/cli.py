"""The `hetao-brief` command: ask, facts, reload, digest, chat, run, migrate, health, backup.

Every failure a user can cause (empty or oversized query, missing corpus, bad setting) ends
in a one-line message on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url

from hetao_brief.app import App, build_app
from hetao_brief.config import ConfigError, Settings, load_settings
from hetao_brief.corpus import ArticleError, read_article
from hetao_brief.digest import compose_digest
from hetao_brief.facts import Article, FactKind
from hetao_brief.fetch import FetchError
from hetao_brief.logs import configure_logging
from hetao_brief.rendering.locale import locale_for_topic
from hetao_brief.services import health
from hetao_brief.services.briefing import ArticleExists, QueryError, ReloadSummary
from hetao_brief.store import schema
from hetao_brief.store.database import Database, redact_url
from hetao_brief.terminal import LOCAL_USER, TerminalChat
from hetao_brief.text.normalize import Script, detect_script

EXIT_USAGE = 2
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
log = logging.getLogger("hetao_brief")


class UserError(Exception):
    """A problem to report in one line and exit with `code`."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hetao-brief", description="Briefings on the Hetao cooperation zone.")
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="answer a keyword query (or one query per stdin line)")
    ask.add_argument("query", nargs="?", help="keyword or question; omit to read queries from stdin")
    ask.add_argument("--json", action="store_true", help="print JSON")
    ask.add_argument("--limit", type=int, default=3, help="number of answers (default 3)")
    facts = commands.add_parser("facts", help="list the extracted facts")
    facts.add_argument("--kind", choices=[k.value for k in FactKind])
    facts.add_argument("--json", action="store_true")
    reload = commands.add_parser("reload", help="re-extract the corpus")
    reload.add_argument("--data", type=Path, help="store this directory's articles (.md/.txt) first")
    digest = commands.add_parser("digest", help="print the digest the bot would send")
    digest.add_argument("--topic")
    digest.add_argument("--since", type=date.fromisoformat, help="YYYY-MM-DD: what is new since then")
    digest.add_argument("--lang", choices=["zh-Hans", "zh-Hant", "en"], default="zh-Hans")
    run = commands.add_parser("run", help="start the Telegram bot (long polling, or --webhook)")
    run.add_argument("--webhook", metavar="URL", help="public HTTPS URL Telegram posts updates to")
    run.add_argument("--listen", default="127.0.0.1", help="address the webhook server binds (default 127.0.0.1)")
    run.add_argument("--port", type=int, default=8443, help="webhook server port (default 8443)")
    run.add_argument("--secret", help="secret token Telegram sends with every webhook request")
    chat = commands.add_parser("chat", help="talk to the bot in this terminal (no token needed)")
    chat.add_argument("--lang", choices=["zh-Hans", "zh-Hant", "en"], help="reply language for commands")
    add = commands.add_parser("add", help="store articles from files (front matter) or links, and extract them")
    add.add_argument("sources", nargs="+", metavar="URL_OR_FILE")
    remove = commands.add_parser("remove", help="delete a stored article and its facts")
    remove.add_argument("article_id")
    feeds = commands.add_parser("feeds", help="follow RSS/Atom feeds: add, list, remove, poll")
    feed_commands = feeds.add_subparsers(dest="feeds_command", required=True)
    feed_add = feed_commands.add_parser("add", help="follow a feed")
    feed_add.add_argument("url")
    feed_add.add_argument("--keyword", action="append", default=[], help="take items naming this (repeatable)")
    feed_commands.add_parser("list", help="the feeds, their last fetch and last error")
    feed_remove = feed_commands.add_parser("remove", help="stop following a feed")
    feed_remove.add_argument("feed_id", type=int)
    feed_commands.add_parser("poll", help="poll every feed now and print what came in")
    commands.add_parser("migrate", help="bring the database schema to the newest revision")
    health = commands.add_parser("health", help="check the database, schema and facts (exit 0 if healthy)")
    health.add_argument("--running", action="store_true", help="also require a digest job tick in the last 5 min")
    backup = commands.add_parser("backup", help="copy the SQLite database, consistently, while the bot runs")
    backup.add_argument("path", type=Path, help="file to write the copy to")
    return parser


def _started(app: App) -> App:
    try:
        app.briefing.start()
    except NotADirectoryError as err:
        raise UserError(str(err)) from None
    return app


def _ask_one(app: App, query: str, limit: int) -> dict[str, object]:
    answer = app.briefing.ask(query, limit=limit)
    return answer.as_json()


def cmd_ask(app: App, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.limit < 1 or args.limit > 50:
        raise UserError("--limit must be between 1 and 50")
    if args.query is None:
        for line in stdin:
            query = line.strip()
            if not query:
                continue
            try:
                out.write(json.dumps(_ask_one(app, query, args.limit), ensure_ascii=False) + "\n")
            except QueryError as err:
                out.write(
                    json.dumps({"query": query[:100], "error": err.reason, "results": []}, ensure_ascii=False) + "\n"
                )
            out.flush()
        return 0
    try:
        answer = app.briefing.ask(args.query, limit=args.limit)
    except QueryError as err:
        raise UserError(f"query rejected ({err})") from None
    if args.json:
        out.write(json.dumps(answer.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(app.renderer.answer(answer.script.value, answer, as_html=False) + "\n")
    return 0 if answer.results else 1


def cmd_facts(app: App, args: argparse.Namespace, out: TextIO) -> int:
    kind = FactKind(args.kind) if args.kind else None
    order = {k: i for i, k in enumerate(FactKind)}
    facts = sorted(app.briefing.facts(kind), key=lambda f: (order[f.kind], f.date or "", f.id))  # a stable order
    articles = app.briefing.snapshot.articles
    rows = [
        {
            "id": f.id,
            "kind": f.kind.value,
            "label": f.label,
            "text": f.text,
            "date": f.date,
            "target": f.is_target,
            "value": f.value,
            "unit": f.unit,
            "sources": [
                {
                    "article": s.article_id,
                    "title": articles[s.article_id].title if s.article_id in articles else "",
                    "published": articles[s.article_id].published if s.article_id in articles else "",
                    "sentence": s.sentence_index,
                    "text": s.sentence,
                }
                for s in f.sources
            ],
        }
        for f in facts
    ]
    if args.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        for row in rows:
            out.write(f"[{row['kind']}] {row['date'] or '-'}  {row['label'] or row['text']}\n")  # a statement: its text
    return 0


def _progress(total: int, err: TextIO):  # type: ignore[no-untyped-def]
    done = 0

    def tick(article: Article) -> None:
        nonlocal done
        done += 1
        width = 30
        filled = width * done // max(total, 1)
        err.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {article.id[:30]:<30}")
        if done == total:
            err.write("\n")
        err.flush()

    return tick


def print_summary(app: App, summary: ReloadSummary, out: TextIO, locale: str = "zh-Hans") -> None:
    messages = app.renderer.messages
    out.write(
        messages.get(locale, "cli.reload_summary", **{**summary.as_json(), "seconds": f"{summary.seconds:.2f}"}) + "\n"
    )
    for file, reason in summary.errors:
        out.write(messages.get(locale, "cli.reload_error", file=file, reason=reason) + "\n")
    for file in summary.kept_previous:
        out.write(messages.get(locale, "cli.reload_kept", file=file) + "\n")


def cmd_reload(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Re-extract the stored articles; with --data, store the directory's articles first."""
    app.briefing.start()  # a new database gets the bundled articles
    directories: tuple[Path, ...] = ()
    if args.data is not None:
        if not args.data.is_dir():
            raise UserError(f"corpus directory {args.data} does not exist or is not a directory")
        directories = (args.data,)
    total = app.briefing.stored_articles()
    total += sum(1 for d in directories for p in d.iterdir() if p.suffix in (".md", ".txt"))
    progress = _progress(total, err) if err.isatty() else None
    try:
        summary = app.briefing.reload(*directories, progress=progress)
    except PermissionError as error:
        raise UserError(f"corpus directory {args.data} cannot be read ({error.strerror})") from None
    print_summary(app, summary, out)
    return 0


def cmd_remove(app: App, args: argparse.Namespace, out: TextIO) -> int:
    app.briefing.start()
    try:
        summary = app.briefing.remove_article(args.article_id)
    except KeyError:
        raise UserError(f"there is no article {args.article_id!r} (hetao-brief facts --json lists them)") from None
    out.write(f"removed {args.article_id}\n")
    print_summary(app, summary, out)
    return 0


def cmd_add(app: App, args: argparse.Namespace, out: TextIO) -> int:
    """Each source on its own: one that fails is reported and the others still go in."""
    app.briefing.start()
    failed = 0
    for source in args.sources:
        try:
            added = add_source(app, source)
        except (ArticleError, FetchError) as error:
            out.write(f"not added: {source}: {error}\n")
            failed += 1
            continue
        except ArticleExists as clash:
            out.write(f"not added: {source}: already stored as {clash.article_id}\n")
            failed += 1
            continue
        out.write(added + "\n")
    return 1 if failed else 0


def add_source(app: App, source: str) -> str:
    """Store one file or link; returns what was added, in one line."""
    if re.match(r"^https?://", source, re.IGNORECASE):
        article = app.news.fetch_article(source)
        summary = app.briefing.add_article(article, origin="link")
    else:
        article = read_article(Path(source))
        summary = app.briefing.add_article(article, origin="upload")
    outlet = article.source or "no outlet"
    return f"added {article.id}: {article.title} ({article.published}, {outlet}), {summary.added} facts"


def cmd_feeds(app: App, args: argparse.Namespace, out: TextIO) -> int:
    news = app.news
    if args.feeds_command == "add":
        try:
            feed = news.add_feed(args.url, args.keyword)
        except FetchError as error:
            raise UserError(f"feed not added: {error}") from None
        except ValueError:
            raise UserError(f"{args.url} is followed already") from None
        out.write(f"following feed {feed.id}: {feed.url} (keywords: {', '.join(feed.keywords) or 'the zone'})\n")
    elif args.feeds_command == "list":
        for feed in news.feeds():
            at = feed.last_fetch_at.strftime("%Y-%m-%d %H:%M UTC") if feed.last_fetch_at else "never"
            failing = f"; last error: {feed.last_error}" if feed.last_error else ""
            out.write(f"{feed.id}\t{feed.url}\tlast fetched {at}, {feed.items_taken} articles taken{failing}\n")
    elif args.feeds_command == "remove":
        if not news.remove_feed(args.feed_id):
            raise UserError(f"there is no feed {args.feed_id}")
        out.write(f"stopped following feed {args.feed_id}\n")
    else:
        app.briefing.start()
        report = news.poll(force=True)
        if report.busy:
            raise UserError("another process is polling the feeds; try again in a moment", 1)
        out.write(
            f"polled {report.feeds} feeds: {report.unchanged} unchanged, {report.failed} failed, "
            f"{report.items_new} new articles\n"
        )
        for article in report.added.articles if report.added else []:
            out.write(f"added {article.id}: {article.title} ({article.published}, {article.source})\n")
        for problem in report.errors:
            out.write(f"error: {problem}\n")
    return 0


def cmd_digest(app: App, args: argparse.Namespace, out: TextIO) -> int:
    snapshot = app.briefing.snapshot
    since = datetime.combine(args.since, datetime.min.time(), UTC) if args.since else None
    digest = compose_digest(
        snapshot.facts,
        snapshot.first_seen,
        today=date.today(),
        since=since,
        topic=args.topic,
        index=snapshot.index,
        analyzer=app.briefing.analyzer,
    )
    script = detect_script(args.topic) if args.topic else Script(args.lang)
    locale = locale_for_topic(args.topic, args.lang)
    out.write(app.renderer.digest(locale, digest, script, as_html=False) + "\n")
    return 0


def cmd_chat(app: App, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    chat = TerminalChat(app.conversation, out, app.settings.state_dir / "charts", args.lang)
    interactive = stdin.isatty() and out.isatty()
    history = app.settings.state_dir / "chat-history"
    if interactive:
        _line_editing(history)
        chat.say("/start")
    while True:
        if interactive:
            try:
                line = input("> ") + "\n"
            except EOFError:  # Ctrl-D
                line = ""
        else:
            line = stdin.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            if interactive:
                with contextlib.suppress(OSError, ImportError):
                    import readline

                    readline.write_history_file(history)
            return 0
        chat.say(line)


def _line_editing(history: Path) -> None:
    """Arrow keys, editing and history (kept between sessions) for the terminal chat."""
    try:
        import readline
    except ImportError:  # not on every platform; typing still works
        return
    with contextlib.suppress(OSError):
        history.parent.mkdir(parents=True, exist_ok=True)
        readline.read_history_file(history)
    readline.set_history_length(500)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from hetao_brief.telegram.serve import BotStopped, Webhook, serve  # here: `ask` starts faster without PTB

    token = settings.require_token()
    if args.secret is not None and not _SECRET.match(args.secret):
        raise UserError("--secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    configure_logging(secrets=settings.secrets(), level=settings.log_level, fmt=settings.log_format)
    app = build_app(settings)
    log.info("database %s, corpus %s", redact_url(settings.db_url), settings.corpus_dir)
    if (problem := app.database.problem()) is not None:
        log.error("the store cannot be written: %s; changes will be refused until it can", problem)
    webhook = Webhook(args.webhook, args.listen, args.port, args.secret) if args.webhook else None
    try:
        serve(app, token, webhook)
    except BotStopped as stopped:
        raise UserError(str(stopped), stopped.code) from None
    return 0


def cmd_migrate(settings: Settings, out: TextIO) -> int:
    database = Database(settings.db_url, pool_size=1, upgrade=False)
    try:
        before, after = schema.upgrade(database.engine)
    finally:
        database.dispose()
    if before == after:
        out.write(f"database {redact_url(settings.db_url)} is at revision {after} (the newest)\n")
    else:
        out.write(f"database {redact_url(settings.db_url)} upgraded from {before or 'nothing'} to revision {after}\n")
    return 0


def cmd_health(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    checks = health.check(settings, running=args.running)
    for item in checks:
        out.write(item.line() + "\n")
    return 0 if all(item.ok for item in checks) else 1


def cmd_backup(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    url = make_url(settings.db_url)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise UserError("backup copies a SQLite database; for PostgreSQL use pg_dump (see the README)")
    source_path = Path(url.database)
    if not source_path.is_file():
        raise UserError(f"no database at {source_path}")
    target: Path = args.path
    if target.exists():
        raise UserError(f"{target} exists; choose a new file")
    target.parent.mkdir(parents=True, exist_ok=True)
    # SQLite's online backup API: a consistent copy, page by page, while writers carry on.
    with (
        contextlib.closing(sqlite3.connect(source_path)) as source,
        contextlib.closing(sqlite3.connect(target)) as copy,
    ):
        source.backup(copy)
    out.write(f"backed up {source_path} to {target} ({target.stat().st_size:,} bytes)\n")
    return 0


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        if args.command == "run":
            return cmd_run(args, settings)
        if args.command == "migrate":
            return cmd_migrate(settings, out)
        if args.command == "health":
            return cmd_health(settings, args, out)
        if args.command == "backup":
            return cmd_backup(settings, args, out)
        if args.command == "chat":  # the local user is the operator: admin commands work here
            settings = replace(settings, admin_ids=settings.admin_ids | {LOCAL_USER})
            logging.getLogger().setLevel(logging.ERROR)  # warnings would print into the conversation
        app = build_app(settings)
        if args.command == "reload":
            return cmd_reload(app, args, out, err)
        if args.command == "remove":
            return cmd_remove(app, args, out)
        if args.command == "add":
            return cmd_add(app, args, out)
        if args.command == "feeds":
            return cmd_feeds(app, args, out)
        _started(app)
        if args.command == "ask":
            return cmd_ask(app, args, out, stdin)
        if args.command == "facts":
            return cmd_facts(app, args, out)
        if args.command == "chat":
            return cmd_chat(app, args, out, stdin)
        return cmd_digest(app, args, out)
    except (UserError, ConfigError) as error:
        err.write(f"hetao-brief: {error}\n")
        return getattr(error, "code", EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `hetao-brief facts --json | head`: the reader has all it wanted
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # the last line of defence: a message, never a traceback
        err.write(f"hetao-brief: unexpected error: {type(error).__name__}: {error}\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
