"""Reading and replacing the fact set; the reload's diff happens here, by fact id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, func, select
from sqlalchemy.orm import Session

from hetao_brief.clock import aware
from hetao_brief.facts import Article, Fact, FactKind, Source, article_sha
from hetao_brief.store.database import insert_rows
from hetao_brief.store.tables import ArticleRow, FactRow, FactSourceRow


@dataclass(frozen=True)
class StoredFact:
    fact: Fact
    first_seen_at: datetime


@dataclass(frozen=True)
class FactDiff:
    added: int
    removed: int
    unchanged: int
    first_seen: dict[str, datetime]
    """First-seen time of every fact now stored."""


def _to_fact(row: Row[Any], sources: Iterable[Source]) -> Fact:
    return Fact(
        kind=FactKind(row.kind),
        label=row.label,
        text=row.text,
        sources=tuple(sources),
        date=row.date,
        is_target=row.is_target,
        measure=row.measure,
        value=row.value,
        unit=row.unit,
        qualifier=row.qualifier,
        event=row.event,
        entities=tuple(row.entities or ()),
        id=row.id,
    )


def _fact_values(fact: Fact, first_seen_at: datetime) -> dict[str, Any]:
    return {
        "id": fact.id,
        "kind": fact.kind.value,
        "label": fact.label,
        "text": fact.text,
        "date": fact.date,
        "is_target": fact.is_target,
        "measure": fact.measure,
        "value": fact.value,
        "unit": fact.unit,
        "qualifier": fact.qualifier,
        "event": fact.event,
        "entities": list(fact.entities),
        "first_seen_at": first_seen_at,
    }


def _source_values(fact: Fact) -> Iterator[dict[str, Any]]:
    for position, source in enumerate(fact.sources):
        yield {
            "fact_id": fact.id,
            "position": position,
            "article_id": source.article_id,
            "sentence_index": source.sentence_index,
            "sentence": source.sentence,
        }


class FactRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[StoredFact]:
        """Every fact, by id. Read as plain rows in two queries, not as ORM objects: a start
        or another instance's catch-up reads them all, and building ORM objects with their
        source rows took 2 s for 20k facts."""
        sources: dict[str, list[Source]] = {}
        source_rows = self._session.execute(
            select(
                FactSourceRow.fact_id, FactSourceRow.article_id, FactSourceRow.sentence_index, FactSourceRow.sentence
            ).order_by(FactSourceRow.fact_id, FactSourceRow.position)
        )
        for fact_id, article_id, sentence_index, sentence in source_rows:
            sources.setdefault(fact_id, []).append(Source(article_id, sentence_index, sentence))
        rows = self._session.execute(select(FactRow.__table__).order_by(FactRow.id))
        return [StoredFact(_to_fact(row, sources.get(row.id, ())), aware(row.first_seen_at)) for row in rows]

    def first_seen(self) -> dict[str, datetime]:
        return {fid: aware(seen) for fid, seen in self._session.execute(select(FactRow.id, FactRow.first_seen_at))}

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(FactRow)) or 0

    def count_by_kind(self) -> dict[str, int]:
        rows = self._session.execute(select(FactRow.kind, func.count()).group_by(FactRow.kind))
        return {kind: n for kind, n in rows}

    def replace(self, facts: list[Fact], now: datetime) -> FactDiff:
        """Make the stored facts exactly `facts`, inside the caller's transaction. A fact that
        survives (same id) keeps its first-seen time, so digests can tell what a reload added."""
        first_seen = self.first_seen()
        new_ids = {f.id for f in facts}
        self._session.execute(delete(FactSourceRow))
        self._session.execute(delete(FactRow))
        insert_rows(self._session, FactRow, [_fact_values(f, first_seen.get(f.id, now)) for f in facts])
        insert_rows(self._session, FactSourceRow, [values for f in facts for values in _source_values(f)])
        old_ids = first_seen.keys()
        return FactDiff(
            added=len(new_ids - old_ids),
            removed=len(old_ids - new_ids),
            unchanged=len(new_ids & old_ids),
            first_seen={f.id: first_seen.get(f.id, now) for f in facts},
        )


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    """The corpus of record: every article, whichever way it came in. Nothing here deletes an
    article but `remove`, an admin's explicit act."""

    def all(self) -> list[Article]:
        return [
            Article(r.id, r.title, r.published, r.script, r.body, r.source, r.file, r.url)
            for r in self._session.scalars(select(ArticleRow).order_by(ArticleRow.id))
        ]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ArticleRow)) or 0

    def ids(self) -> set[str]:
        return set(self._session.scalars(select(ArticleRow.id)))

    def duplicate_of(self, article: Article) -> str | None:
        """The id of a stored article with the same link or the same text, if there is one."""
        same = ArticleRow.sha256 == article_sha(article)
        if article.url:
            same = same | (ArticleRow.url == article.url)
        return self._session.scalar(select(ArticleRow.id).where(same, ArticleRow.id != article.id).limit(1))

    def put(self, article: Article, origin: str, now: datetime) -> bool:
        """Store the article under its id, replacing the stored one of that id (a reload from
        disk, an explicit replace); returns whether it was new."""
        row = self._session.get(ArticleRow, article.id)
        if row is None:
            row = ArticleRow(id=article.id, added_at=now)
            self._session.add(row)
        new = row.added_at == now
        row.file, row.title, row.source = article.file, article.title, article.source
        row.published, row.script, row.body = article.published, article.script, article.body
        row.sha256, row.url, row.origin = article_sha(article), article.url, origin
        return new

    def remove(self, article_id: str) -> bool:
        return bool(self._session.execute(delete(ArticleRow).where(ArticleRow.id == article_id)).rowcount)  # type: ignore[attr-defined]
