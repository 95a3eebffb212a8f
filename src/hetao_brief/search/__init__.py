"""Keyword search over facts: query analysis, a BM25 index, answers with sources."""

from hetao_brief.search.analyzer import Analyzer, Query
from hetao_brief.search.index import Hit, SearchIndex

__all__ = ["Analyzer", "Hit", "Query", "SearchIndex"]
