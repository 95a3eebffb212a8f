"""The project's domain vocabulary: alias groups, an English glossary and stop words.

It lives in data files (`data/lexicon/`) so that an editor can teach the bot a new name
without touching code. Both the extractor (which entities a sentence names) and the search
(which group a query means) read it, so the two always agree.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hetao_brief.text.normalize import fold

GROUP_TOKEN_PREFIX = "@"
"""Search indexes a group as a token of its own, e.g. ``@hk-park``; no real word starts so."""


@dataclass(frozen=True)
class AliasGroup:
    id: str
    zh: tuple[str, ...]
    en: tuple[str, ...]
    is_entity: bool
    is_scheme: bool = False
    """A programme or service (科汇通, 腾飞贷), not a place or a body: things happen *of* it, not
    *at* it, and its own word (科汇通业务) is still its name."""

    @property
    def canonical(self) -> str:
        return self.zh[0]

    @property
    def token(self) -> str:
        return GROUP_TOKEN_PREFIX + self.id


_Trie = dict[str, "_Trie"]


def _alternation(names: list[str], latin: bool) -> re.Pattern[str] | None:
    """One regex for many names that matches the longest name at each place, so that
    河套合作区 wins over 河套."""
    if not names:
        return None
    body = _trie_pattern(sorted(set(names)))
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])" if latin else f"(?:{body})")


def _trie_pattern(names: list[str]) -> str:
    """The names as a prefix tree (河套(?:合作区|深港…)?) rather than a flat alternation:
    Python's regex engine tries a flat alternation's branches one by one at every character,
    which made alias lookup the largest cost of building the index. Continuing is tried
    before stopping, so the longest name wins, as in a longest-first alternation."""
    trie: _Trie = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return pattern(trie)


_QUOTED_REST = re.compile(r"[\u4e00-\u9fff]{1,6}[”」』]")
_FIRM_AFTER = re.compile(r"(?:(?![的和与及])[\u4e00-\u9fff]){1,6}?(?:有限公司|公司|集团)")
"""A short alias opening a firm's name (湾区数联科技公司) names the firm, not what the alias stands for."""
_DOCUMENT_KIND = re.compile(r"[\u4e00-\u9fff]{0,2}(?:协议|协定)")
_QUALIFIED = re.compile(r"[\u4e00-\u9fff]$")
"""A short alias that is a kind of document (框架协议), glued after a word that qualifies it
(合作框架协议, 战略合作框架协议), is some other document of that kind."""
_TITLE_BEFORE = re.compile(r"《[^《》]{0,30}(?:[“”「」]|十[一二三四五六七八九]五|(?:19|20)\d{2})[^《》]{0,30}$")
"""The start of a title a short alias ends, naming a period or quoting a name (《X“十五五”发展规划》,
《X2030发展规划》): the alias names the title's kind, not the document (《河套深圳园区发展规划》 is it)."""
_PLACE_BEFORE = re.compile(r"(?:深港|港深|河套|粤港澳|大湾区)$")
"""Place words that open a name: an alias right after them is the tail of a name of its own."""


@dataclass(frozen=True)
class Lexicon:
    groups: tuple[AliasGroup, ...]
    glossary: dict[str, tuple[str, ...]]
    stopwords: frozenset[str]
    userdict: Path | None = None
    _by_name: dict[str, AliasGroup] = field(default_factory=dict, compare=False, repr=False)
    _zh_pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    _en_pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        by_name: dict[str, AliasGroup] = {}
        for group in self.groups:
            for name in (*group.zh, *group.en):
                by_name.setdefault(name, group)
        zh_names = [n for g in self.groups for n in g.zh if not n.isascii()]
        latin_names = [n for g in self.groups for n in (*g.en, *g.zh) if n.isascii()]
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_zh_pattern", _alternation(zh_names, latin=False))
        object.__setattr__(self, "_en_pattern", _alternation(latin_names, latin=True))

    @classmethod
    def load(cls, directory: Path) -> Lexicon:
        """Read `aliases.toml`, `stopwords.txt` and (if present) `userdict.txt`."""
        raw = tomllib.loads((directory / "aliases.toml").read_text(encoding="utf-8"))
        groups = tuple(
            AliasGroup(
                id=g["id"],
                zh=tuple(fold(n) for n in g.get("zh", [])),
                en=tuple(fold(n) for n in g.get("en", [])),
                is_entity=g.get("entity", True),
                is_scheme=g.get("scheme", False),
            )
            for g in raw.get("group", [])
        )
        glossary = {fold(k): tuple(fold(v) for v in vs) for k, vs in raw.get("glossary", {}).items()}
        stop_lines = (directory / "stopwords.txt").read_text(encoding="utf-8").splitlines()
        stopwords = frozenset(w.strip() for w in stop_lines if w.strip() and not w.startswith("#"))
        userdict = directory / "userdict.txt"
        return cls(groups, glossary, stopwords, userdict if userdict.exists() else None)

    def names_in(self, folded: str) -> list[tuple[str, AliasGroup]]:
        """Every alias name found in folded text, non-overlapping, longest match first."""
        return [(m.group(0), self._by_name[m.group(0)]) for m, _ in self._matches(folded)]

    def _matches(self, folded: str) -> Iterator[tuple[re.Match[str], bool]]:
        """Each alias name's match in folded text, and whether it is a Chinese one."""
        for pattern in (self._zh_pattern, self._en_pattern):
            if pattern is not None:
                yield from ((m, pattern is self._zh_pattern) for m in pattern.finditer(folded))

    def canonicalize(self, folded: str) -> str:
        """Every alias name replaced by its group token, so phrases compare across synonyms."""
        if self._zh_pattern is not None:
            folded = self._zh_pattern.sub(lambda m: self._by_name[m.group(0)].token, folded)
        return folded

    def groups_in(self, folded: str) -> set[AliasGroup]:
        return {group for _, group in self.names_in(folded)}

    def standalone_names_in(self, folded: str) -> list[tuple[str, AliasGroup]]:
        """Alias names found as names of their own: a short Chinese alias with a place word glued
        before it is the tail of another name (河套深港量子科学中心 is not 量子科学中心, the Greater
        Bay Area's), so it is left out; so is one opening a firm's name."""
        found: list[tuple[str, AliasGroup]] = []
        for m, chinese in self._matches(folded):
            group = self._by_name[m.group(0)]
            alias = chinese and m.group(0) != group.canonical
            if alias and _PLACE_BEFORE.search(folded, 0, m.start()):
                continue
            if alias and _DOCUMENT_KIND.fullmatch(m.group(0)) and _QUALIFIED.search(folded, 0, m.start()):
                continue  # 医院与大学签署合作框架协议: an agreement of its own, not the 2017 framework
            if alias and folded.startswith("》", m.end()) and _TITLE_BEFORE.search(folded, 0, m.start()):
                continue  # 《河套深圳园区“十五五”发展规划》: a plan of its own, not the one 发展规划 names
            if alias and len(m.group(0)) <= 3 and _FIRM_AFTER.match(folded, m.end()):
                continue  # 湾区数联科技公司 is a firm, not the Greater Bay Area
            quoted = m.start() > 0 and folded[m.start() - 1] in "“「『" and _QUOTED_REST.match(folded, m.end())
            if alias and len(m.group(0)) <= 3 and quoted:
                continue  # 科考船“湾区探索号”: a quoted name of its own
            found.append((m.group(0), group))
        return found

    def entity_names_in(self, folded: str) -> list[str]:
        """Canonical names of the organisations, parks and platforms a text mentions, in order."""
        return entity_names(self.standalone_names_in(folded))

    def is_alias(self, name: str) -> bool:
        return name in self._by_name

    def group(self, group_id: str) -> AliasGroup | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def chinese_names(self) -> list[str]:
        """Every Chinese alias, for the segmenter to keep whole."""
        return [n for g in self.groups for n in g.zh if not n.isascii()]

    def vocabulary(self) -> list[str]:
        """Names worth suggesting when a query finds nothing."""
        return [n for g in self.groups for n in (*g.zh, *g.en)]


def entity_names(found: list[tuple[str, AliasGroup]]) -> list[str]:
    """The canonical names, in order and once each, of the entities among names found
    (`Lexicon.standalone_names_in`): for a caller that needs both."""
    return list(dict.fromkeys(group.canonical for _, group in found if group.is_entity))
