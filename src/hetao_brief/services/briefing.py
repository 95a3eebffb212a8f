"""The briefing service: the one object front ends talk to.

It owns the current `Snapshot` (facts, their index, article metadata) and replaces it whole
on reload, after the database transaction that stores the new facts has committed. A query
reads `self.snapshot` once and works on that object, so it is answered from the old facts or
the new ones, never from a mixture; reloads run one at a time.
"""

from __future__ import annotations

import difflib
import functools
import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from hetao_brief import extract
from hetao_brief.answer import Answer, ArticleInfo, asked_words, to_result
from hetao_brief.corpus import ArticleError, read_corpus
from hetao_brief.english import one_line
from hetao_brief.facts import Article, Fact, FactKind, article_sha
from hetao_brief.search import Analyzer, Hit, SearchIndex
from hetao_brief.store.database import Database
from hetao_brief.store.facts import ArticleRepository, FactRepository
from hetao_brief.store.notifications import announce_reload
from hetao_brief.store.reloads import ReloadLog
from hetao_brief.store.terms import TermRepository, encode_terms, terms_from
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import Script, strip_control
from hetao_brief.text.segment import Segmenter

MAX_QUERY_CHARS = 500

log = logging.getLogger(__name__)


class ArticleExists(ValueError):
    """An article that would replace or repeat a stored one: `reason` is "id" (the id is
    taken) or "same" (the same page or text is stored as `article_id`)."""

    def __init__(self, article_id: str, reason: str) -> None:
        super().__init__(f"{reason}: {article_id}")
        self.article_id = article_id
        self.reason = reason


class StoreFailed(RuntimeError):
    """The store refused the write (read-only, disk full, connection lost); the message is
    the database's own first line, short enough for an admin's reply."""

    @classmethod
    def from_error(cls, error: SQLAlchemyError) -> StoreFailed:
        return cls(str(getattr(error, "orig", None) or type(error).__name__).splitlines()[0][:200])


def _same_page(a: Article, b: Article) -> bool:
    return bool(a.url and a.url == b.url) or article_sha(a) == article_sha(b)


class QueryError(ValueError):
    """The query cannot be searched; `reason` is a key for the front end's wording."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class Snapshot:
    facts: list[Fact]
    index: SearchIndex
    articles: dict[str, ArticleInfo]
    first_seen: dict[str, datetime]
    reload_id: int = 0
    """The reload these facts came from; another instance's newer reload makes them stale."""

    @functools.cached_property
    def newest_figures(self) -> dict[tuple[str, str | None], Fact]:
        """The newest value of each measure (by `_measure_key`), made once per snapshot on the
        first question that asks for it: scanning every fact per question cost 19 ms at 100k
        facts, ten times the search."""
        newest: dict[tuple[str, str | None], Fact] = {}
        for fact in self.facts:
            if fact.kind is FactKind.FIGURE and fact.measure and not fact.is_target:
                key = _measure_key(fact)
                if key not in newest or (fact.date or "") > (newest[key].date or ""):
                    newest[key] = fact  # the first told keeps a tie, as max() did
        return newest


@dataclass(frozen=True)
class ReloadSummary:
    articles: int
    added: int
    removed: int
    unchanged: int
    errors: list[tuple[str, str]] = field(default_factory=list)
    kept_previous: list[str] = field(default_factory=list)
    """Files that failed to parse but whose last good version stayed loaded."""
    seconds: float = 0.0
    reload_id: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "added": self.added,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "errors": [{"file": f, "reason": r} for f, r in self.errors],
            "kept_previous": self.kept_previous,
            "seconds": round(self.seconds, 3),
            "reload_id": self.reload_id,
        }


class Briefing:
    def __init__(
        self,
        database: Database,
        lexicon: Lexicon,
        corpus_dir: Path,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        cache_dir: Path | None = None,
        bundled_dir: Path | None = None,
    ) -> None:
        """`clock` stamps when facts were first seen, which digests compare with subscription
        times; tests that move the digests' clock pass the same one here. `cache_dir` is where
        the segmenter keeps its dictionary (None: the temporary directory)."""
        self.database = database
        self.clock = clock
        self.corpus_dir = corpus_dir
        """An operator's articles on disk: imported into a new database, and by `reload(dir)`."""
        self.bundled_dir = bundled_dir
        """The articles that ship with the package: a new database starts with them."""
        self.lexicon = lexicon
        self.segmenter = Segmenter(lexicon, cache_dir)
        self.analyzer = Analyzer(lexicon, self.segmenter)
        self._reload_lock = threading.Lock()
        self.on_serve: Callable[[], None] = lambda: None
        """What the process does once a new snapshot is served. Process policy, set by the
        bot's start-up (it settles the heap); a library user, a test or a benchmark keeps the
        no-op."""
        self.snapshot = Snapshot([], SearchIndex([], self.analyzer), {}, {})

    @functools.cached_property
    def extractor(self) -> extract.Extractor:
        """Made on the first reload: a process that only serves never compiles the rules."""
        return extract.Extractor(self.lexicon, self.segmenter)

    # -- loading -------------------------------------------------------------------------

    def start(self) -> ReloadSummary | None:
        """Serve what the database holds. A database without articles is given the bundled
        ones and those of the corpus directory, if it exists, and extracted.
        Returns ready to answer: with the segmenter's dictionary loaded, which an index built
        from kept terms does not need, so that the first question does not wait for it (a
        few milliseconds from its cache; a second or two on a machine's first start, which builds
        the cache)."""
        with self.database.unit_of_work() as session:
            empty = FactRepository(session).count() == 0
        if empty:
            return self.reload()
        self._load_from_database()
        self.segmenter.load()
        return None

    def refresh(self) -> bool:
        """Serve the facts of a reload that another instance (or the CLI) ran since ours.
        Cheap when nothing changed: one indexed lookup. Several bot processes call it on a
        timer and when they hear of a reload (store/notifications.py), which keeps their
        in-memory indexes consistent with the database; the second look under the lock keeps
        the two from loading the same reload twice."""
        if not self._behind():
            return False
        with self._reload_lock:
            if not self._behind():
                return False
            self._load_from_database()
        return True

    def _behind(self) -> bool:
        with self.database.unit_of_work() as session:
            return ReloadLog(session).latest_id() != self.snapshot.reload_id

    def _load_from_database(self) -> None:
        with self.database.unit_of_work() as session:
            # The reload id first: under PostgreSQL's READ COMMITTED each statement sees its own
            # snapshot, so a reload committing in between gives newer facts (or terms) with an older
            # id (the next refresh loads again), never older facts marked current.
            reload_id = ReloadLog(session).latest_id()
            stored = FactRepository(session).all()
            articles = ArticleRepository(session).all()
            kept = TermRepository(session).kept(self.analyzer.fingerprint)
        facts = [s.fact for s in stored]
        index, made = self._index(facts, kept, {a.id: a.title for a in articles})
        self._serve(
            Snapshot(facts, index, _article_infos(articles), {s.fact.id: s.first_seen_at for s in stored}, reload_id)
        )
        if made:
            self._keep_terms(made, reload_id)

    def _serve(self, snapshot: Snapshot) -> None:
        """Answer from `snapshot` from now on (one reference swap: a query in flight keeps the
        one it started with); then the process's policy (`on_serve`)."""
        self.snapshot = snapshot
        self.on_serve()

    def _index(
        self, facts: list[Fact], kept: Mapping[str, str], titles: Mapping[str, str]
    ) -> tuple[SearchIndex, dict[str, str]]:
        """The index of `facts`, and the terms made for it, encoded for the store. The terms
        are read from `kept` if it holds every fact's; otherwise (a reload, a changed analysis,
        a store from before terms were kept) the analyzer makes them all, each fact's with the
        title of the article it was first read from (`titles`, by article id)."""
        if kept.keys() >= {f.id for f in facts}:
            return SearchIndex(facts, self.analyzer, terms_from(kept)), {}
        made: dict[str, str] = {}

        def analyse(fact: Fact, label: str, text: str) -> Mapping[str, float]:
            context = titles.get(fact.sources[0].article_id, "") if fact.sources else ""
            terms = self.analyzer.fact_terms(fact, label, text, context)
            made[fact.id] = encode_terms(terms)
            return terms

        return SearchIndex(facts, self.analyzer, analyse), made

    def _keep_terms(self, made: dict[str, str], reload_id: int) -> None:
        """Store the terms a start had to make, so that the next start reads them; only if no
        reload has replaced the facts since they were read (it stored its own terms)."""
        try:
            with self.database.unit_of_work() as session:
                self.database.serialize(session, "reload")
                if ReloadLog(session).latest_id() == reload_id:
                    TermRepository(session).replace(self.analyzer.fingerprint, made)
        except OperationalError as error:  # SQLite: a reload's write came between the check and ours
            log.warning("index terms not kept, the next start makes them again: %s", error.orig)

    def reload(
        self,
        *directories: Path,
        progress: Callable[[Article], None] | None = None,
        origin: str = "disk",
    ) -> ReloadSummary:
        """Re-extract every stored article and replace the facts in one transaction, then swap
        the snapshot. Articles in `directories` (a reload from disk) are stored first, each
        replacing the stored article of its id; a file that fails to parse is reported, and
        the stored version of it, if any, stays. No stored article is ever deleted here.
        A store without articles reads the bundled ones and the corpus directory's.
        Raises NotADirectoryError for a directory that does not exist, StoreFailed if the
        store cannot be written."""
        try:
            return self._reload(directories, progress, origin)
        except SQLAlchemyError as error:
            raise StoreFailed.from_error(error) from error

    def _reload(
        self, directories: tuple[Path, ...], progress: Callable[[Article], None] | None, origin: str
    ) -> ReloadSummary:
        if not directories:
            with self.database.unit_of_work() as session:
                no_articles = ArticleRepository(session).count() == 0
            if no_articles:
                directories = tuple(d for d in (self.bundled_dir, self.corpus_dir) if d is not None and d.is_dir())
                origin = "bundled"
        reads = [read_corpus(directory) for directory in directories]
        imported = [article for read in reads for article in read.articles]
        errors = [(e.file, e.reason) for read in reads for e in read.errors]
        return self._rebuild(imported, origin, errors=errors, progress=progress)

    def add_article(self, article: Article, origin: str) -> ReloadSummary:
        """Store a new article (an upload, a fetched page) and re-extract, in one transaction.
        Raises ArticleExists if its id is taken or the same page or text is stored already."""
        return self._rebuild([article], origin, new_only=True)

    def add_articles(self, articles: list[Article], origin: str) -> tuple[ReloadSummary | None, list[Article]]:
        """Store those of `articles` that repeat no stored article (by id, link or text) and
        re-extract once; returns the summary (None if none was new) and the articles stored."""
        with self.database.unit_of_work() as session:
            stored = {a.id: a for a in ArticleRepository(session).all()}
        new: list[Article] = []
        for article in articles:
            try:
                self._check_new([article], {**stored, **{a.id: a for a in new}})
            except ArticleExists:
                continue
            new.append(article)
        if not new:
            return None, []
        return self._rebuild(new, origin, new_only=True), new

    def remove_article(self, article_id: str) -> ReloadSummary:
        """Delete an article and the facts read from it: an admin's explicit act. Raises
        KeyError if there is no such article."""
        return self._rebuild([], "", remove=article_id)

    def _rebuild(
        self,
        store: list[Article],
        origin: str,
        errors: list[tuple[str, str]] | None = None,
        progress: Callable[[Article], None] | None = None,
        new_only: bool = False,
        remove: str | None = None,
    ) -> ReloadSummary:
        errors = errors or []
        store = list({a.id: a for a in store}.values())  # a later directory's version of an id wins
        with self._reload_lock:
            started = time.perf_counter()
            started_at = self.clock()
            with self.database.unit_of_work() as session:
                stored = {a.id: a for a in ArticleRepository(session).all()}
            if new_only:
                self._check_new(store, stored)
            if remove is not None and remove not in stored:
                raise KeyError(remove)
            failed_files = {file for file, _ in errors}
            kept = sorted(a.file for a in stored.values() if a.file in failed_files)
            articles = {**stored, **{a.id: a for a in store}}
            articles.pop(remove or "", None)
            ordered = sorted(articles.values(), key=lambda a: a.id)
            facts = self.extractor.extract(ordered, progress)
            index, made = self._index(facts, {}, {a.id: a.title for a in ordered})
            with self.database.unit_of_work() as session:
                self.database.serialize(session, "reload")  # two instances reloading at once take turns
                repository = ArticleRepository(session)
                if new_only:  # again, under the lock: another worker may have stored it meanwhile
                    self._check_new(store, {a.id: a for a in repository.all()})
                for article in store:
                    repository.put(article, origin, started_at)
                if remove is not None:
                    repository.remove(remove)
                diff = FactRepository(session).replace(facts, started_at)
                TermRepository(session).replace(self.analyzer.fingerprint, made)
                reload_id = ReloadLog(session).record(
                    started_at, time.perf_counter() - started, len(ordered), diff, [f"{f}: {r}" for f, r in errors]
                )
                announce_reload(session)
            summary = ReloadSummary(
                articles=len(ordered),
                added=diff.added,
                removed=diff.removed,
                unchanged=diff.unchanged,
                errors=errors,
                kept_previous=kept,
                seconds=time.perf_counter() - started,
                reload_id=reload_id,
            )
            self._serve(Snapshot(facts, index, _article_infos(ordered), diff.first_seen, reload_id))
            return summary

    def _check_new(self, store: list[Article], stored: dict[str, Article]) -> None:
        for article in store:
            if article.id in stored:
                raise ArticleExists(article.id, "id")
            twin = next((a for a in stored.values() if _same_page(a, article)), None)
            if twin is not None:
                raise ArticleExists(twin.id, "same")

    # -- reading -------------------------------------------------------------------------

    def ask(self, text: str, limit: int = 3, offset: int = 0, script: Script | None = None) -> Answer:
        """Ranked answers in the script of the query, or in `script` if given (a query that
        reads the same in both scripts follows the chat's language). Raises QueryError for a
        query that is empty (after removing control characters) or longer than MAX_QUERY_CHARS."""
        cleaned = strip_control(text).strip()
        if not cleaned:
            raise QueryError("empty")
        if len(cleaned) > MAX_QUERY_CHARS:
            raise QueryError("too_long", f"{len(cleaned)} characters, at most {MAX_QUERY_CHARS}")
        snapshot = self.snapshot
        query = self.analyzer.query(cleaned)
        hits, has_more, total = snapshot.index.page(query, limit, offset) if not query.is_empty else ([], False, 0)
        if hits and not offset and query.intent is FactKind.FIGURE and not query.aims:
            hits = _newest_first(hits, snapshot)
        suggestions = () if hits or offset else tuple(snapshot.index.suggest(query))
        if query.script is Script.LATIN:
            suggestions = tuple(s for s in suggestions if _close_in_english(cleaned, s))
        english = query.script is Script.LATIN and hits and not offset
        shown = script or query.script
        asked = asked_words(query.terms)
        return Answer(
            summary=one_line(_newest_of_its_measure(hits[0].fact, snapshot), self.lexicon) if english else None,
            query=cleaned,
            script=shown,
            results=tuple(to_result(h.fact, h.score, shown, snapshot.articles, asked) for h in hits),
            suggestions=suggestions,
            offset=offset,
            has_more=has_more,
            total=total,
        )

    def stored_articles(self) -> int:
        """How many articles the store holds (the corpus of record)."""
        with self.database.unit_of_work() as session:
            return ArticleRepository(session).count()

    def facts(self, kind: FactKind | None = None) -> list[Fact]:
        return [f for f in self.snapshot.facts if kind is None or f.kind is kind]

    def articles(self) -> list[ArticleInfo]:
        return sorted(self.snapshot.articles.values(), key=lambda a: a.published, reverse=True)


def _newest_of_its_measure(fact: Fact, snapshot: Snapshot) -> Fact:
    """A figure's newest value (academicians: 16 in 2024-08, not 11 in 2023-01): an answer in
    one line says how things stand, and the evidence below shows how they came to."""
    if fact.kind is not FactKind.FIGURE or not fact.measure or fact.is_target:
        return fact
    return snapshot.newest_figures.get(_measure_key(fact), fact)


def _measure_key(fact: Fact) -> tuple[str, str | None]:
    """A figure's measure and unit, with 数目/数量/总数 dropped: 进驻机构数目 and 进驻机构 are one
    measure, told two ways."""
    return _COUNTED_AS.sub("", fact.measure or ""), fact.unit


_COUNTED_AS = re.compile(r"(?:数目|数量|总数)$")


def _newest_first(hits: list[Hit], snapshot: Snapshot) -> list[Hit]:
    """How many X are there: the newest value of the top figure's measure first (the park's
    institutions at the end of September, not at the start of the year), then the others as
    ranked; the page keeps its length."""
    top = hits[0].fact
    newest = _newest_of_its_measure(top, snapshot)
    if newest is top or (newest.date or "") <= (top.date or ""):
        return hits
    rest = [hit for hit in hits if hit.fact.id != newest.id]
    return [Hit(newest, hits[0].score), *rest][: len(hits)]


def _close_in_english(query: str, name: str) -> bool:
    """An English 'did you mean' must share a word with the query, or be a near spelling of
    it: letters alone (weather ~ water) suggest nonsense."""
    words = {w for w in re.findall(r"[a-z]{3,}", query.lower())}
    if words & set(re.findall(r"[a-z]{3,}", name.lower())):
        return True
    return difflib.SequenceMatcher(None, query.lower(), name.lower()).ratio() >= 0.8


def _article_infos(articles: list[Article]) -> dict[str, ArticleInfo]:
    return {a.id: ArticleInfo(a.id, a.title, a.published, a.script, a.source, a.url) for a in articles}


__all__ = ["ArticleError", "ArticleExists", "Briefing", "QueryError", "ReloadSummary", "Snapshot"]
