"""What a Python developer would otherwise pick, over the same facts and queries: Whoosh
(whoosh-reloaded) with jieba's ChineseAnalyzer, rank_bm25 over jieba tokens, and SQLite FTS5
over jieba-segmented text ranked by bm25(). Each answers `search(query, k)` with fact ids, and
`scored(query, k)` with (fact id, score) pairs, higher better, for telling ties apart.
Queries are folded to simplified Chinese first, as ours are, so that 繁體 queries are fair."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from typing import Protocol

import jieba
from rank_bm25 import BM25Okapi

from hetao_brief.facts import Fact
from hetao_brief.text.normalize import fold


class Engine(Protocol):
    name: str

    def search(self, query: str, k: int = 10) -> list[str]: ...


class Scored(Engine, Protocol):
    def scored(self, query: str, k: int = 10) -> list[tuple[str, float]]: ...


def jieba_words(text: str) -> list[str]:
    """What every baseline indexes and asks for: jieba's search-mode words of the folded text."""
    return [t for t in jieba.cut_for_search(fold(text)) if t.strip()]


class RankBM25:
    name = "rank_bm25"

    def __init__(self, facts: list[Fact]) -> None:
        self.ids = [f.id for f in facts]
        self.bm25 = BM25Okapi([jieba_words(f.label + " " + f.text) for f in facts])

    def search(self, query: str, k: int = 10) -> list[str]:
        return [fact_id for fact_id, _ in self.scored(query, k)]

    def scored(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        scores = self.bm25.get_scores(jieba_words(query))
        best = sorted(range(len(scores)), key=lambda i: -scores[i])[:k]
        return [(self.ids[i], float(scores[i])) for i in best if scores[i] > 0]


class SqliteFts5:
    name = "SQLite FTS5"

    def __init__(self, facts: list[Fact]) -> None:
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE VIRTUAL TABLE facts USING fts5(id UNINDEXED, body)")
        self.db.executemany(
            "INSERT INTO facts VALUES (?, ?)", ((f.id, " ".join(jieba_words(f.label + " " + f.text))) for f in facts)
        )

    def search(self, query: str, k: int = 10) -> list[str]:
        return [fact_id for fact_id, _ in self.scored(query, k)]

    def scored(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        """FTS5's `rank` is bm25(), lower better, so it is negated."""
        terms = " OR ".join('"' + t.replace('"', '""') + '"' for t in jieba_words(query))
        if not terms:
            return []
        rows = self.db.execute("SELECT id, rank FROM facts WHERE facts MATCH ? ORDER BY rank LIMIT ?", (terms, k))
        return [(fact_id, -rank) for fact_id, rank in rows]


class WhooshJieba:
    name = "Whoosh + jieba"

    def __init__(self, facts: list[Fact]) -> None:
        from jieba.analyse import ChineseAnalyzer
        from whoosh.fields import ID, TEXT, Schema
        from whoosh.filedb.filestore import FileStorage
        from whoosh.qparser import OrGroup, QueryParser

        self._dir = tempfile.TemporaryDirectory()
        schema = Schema(id=ID(stored=True), body=TEXT(analyzer=ChineseAnalyzer()))
        index = FileStorage(self._dir.name).create_index(schema)
        writer = index.writer()
        for fact in facts:
            writer.add_document(id=fact.id, body=fold(fact.label + " " + fact.text))
        writer.commit()
        self.searcher = index.searcher()
        self.parser = QueryParser("body", schema, group=OrGroup)

    def search(self, query: str, k: int = 10) -> list[str]:
        return [fact_id for fact_id, _ in self.scored(query, k)]

    def scored(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        parsed = self.parser.parse(fold(query))
        return [(hit["id"], hit.score) for hit in self.searcher.search(parsed, limit=k)]


def build_all(facts: list[Fact], names: Iterable[str] | None = None) -> list[Scored]:
    engines: dict[str, Callable[[list[Fact]], Scored]] = {
        "rank_bm25": RankBM25,
        "SQLite FTS5": SqliteFts5,
        "Whoosh + jieba": WhooshJieba,
    }
    return [engine(facts) for name, engine in engines.items() if names is None or name in names]
