"""The domain: articles and the facts extracted from them, each with its provenance."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class FactKind(StrEnum):
    MILESTONE = "milestone"
    POLICY = "policy"
    FIGURE = "figure"
    ENTITY = "entity"
    STATEMENT = "statement"
    """A sentence that tells something but none of the kinds above (首班车为6时30分; 募集资金将
    主要用于…): kept so that a question can still find it; no digest or list shows it."""


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    published: str
    """ISO date, as precise as known: ``2024``, ``2024-08`` or ``2022-01-11``."""
    script: str
    body: str
    source: str = ""
    file: str = ""
    url: str | None = None
    """The page it was fetched from, if it was."""


@dataclass(frozen=True, order=True, slots=True)
class Source:
    """Where a fact was read: the article, the sentence's index in it and its exact text."""

    article_id: str
    sentence_index: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing the corpus says. `text` is the sentence in simplified Chinese (what search
    indexes and answers show); `label` is a short name for lists, digests and charts.

    Slotted, like `Source`: a bot at scale holds every fact in memory, and a per-instance
    dict cost 9 MB at 100k facts."""

    kind: FactKind
    label: str
    text: str
    sources: tuple[Source, ...]
    date: str | None = None
    is_target: bool = False
    measure: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    """Figures: 余/超过/约 as written. Milestones: ``≈`` when the date was approximate
    (近日, 一年前). Policies: the amounts granted."""
    event: str | None = None
    """For milestones: the class of the event verb (issue, sign, open…), used for merging."""
    entities: tuple[str, ...] = ()
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", fact_id(self))


def fact_id(fact: Fact) -> str:
    """Stable across runs: derived from what the fact says and where it was first read, so
    re-extracting the same corpus yields the same ids and a reload can diff by id."""
    first = min(fact.sources)
    key = "\x1f".join([fact.kind, fact.label, fact.date or "", first.article_id, str(first.sentence_index)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def article_sha(article: Article) -> str:
    """What an article's text is, in 64 hex digits: the same text is the same article."""
    return hashlib.sha256(article.body.encode("utf-8")).hexdigest()
