"""Rendering answers and digests as chat text, in the reader's locale.

Output is Telegram-style HTML (`html=True`) with every dynamic string escaped, or plain text
for terminals. Templates come from the locale files; only their fixed markup is trusted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from hetao_brief.answer import Answer, ArticleInfo, Result, SourceRef
from hetao_brief.card import Card
from hetao_brief.digest import Digest, Series
from hetao_brief.english import title_case
from hetao_brief.facts import Fact
from hetao_brief.rendering.locale import Messages
from hetao_brief.text.normalize import Script, fold, to_script

_TAG = re.compile(r"</?(?:b|i|a|code)(?: [^>]*)?>")
_TOLD_FROM_ITS_DAY = re.compile(
    r"今天|今日|昨天|昨日|明天|明日|今早|今晨|昨晚|今晚|本周|上周|下周|上星期|本星期|下星期|前天|刚刚|刚才|日前|近日|^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d"
)
"""今天上午, 昨日, 10:20 …: time told from the article's own day, which a list read later gets wrong
(traditional text is folded to simplified before it is matched)."""
MAX_SHOWN_POINTS = 5
"""A series' points on one line: its first and its last four."""


def _finish(text: str, as_html: bool) -> str:
    return text if as_html else html.unescape(_TAG.sub("", text))


class Renderer:
    def __init__(self, messages: Messages) -> None:
        self.messages = messages

    def join(self, locale: str, items: list[str]) -> str:
        """A list in the language's way: 、 in Chinese, a comma and a space in English."""
        return str(self.messages.template(locale, "format.list_separator")).join(items)

    def say(self, locale: str, key: str, **values: object) -> str:
        """A locale message with every value HTML-escaped: user text never becomes markup."""
        return self.messages.get(locale, key, **{k: html.escape(str(v), quote=False) for k, v in values.items()})

    def series_points(self, series: Series, script: Script) -> str:
        """2022-01-11 逾140个 → 2023-01 超过150个: each date with the value as the article wrote it.
        A long series shows where it began and its last points (… between): a line to read, not
        a table."""
        points = list(series.points)
        shown = [*points[:1], None, *points[-MAX_SHOWN_POINTS + 1 :]] if len(points) > MAX_SHOWN_POINTS else points
        return " → ".join(
            "…"
            if p is None
            else f"{html.escape(p.date or '')} {html.escape(to_script(p.label.split(' ')[-1], script))}"
            for p in shown
        )

    def result(self, locale: str, n: int, result: Result, as_html: bool = True, headline: bool = False) -> str:
        """One numbered fact with its sources. With `headline` (a list of milestones), the
        label leads and the sentence follows as what the article said: 今日 in a sentence of
        last week reads wrong in a list read today, its label with the date does not. A sentence
        that holds its label as written leads instead, unless it tells time from its own day."""
        date = self.say(locale, "answer.date", date=result.date) if result.date else ""
        kind = self.say(locale, f"kind.{result.kind.value}")
        said = fold(result.text)
        quoted = (
            headline
            and bool(result.label)
            and (fold(result.label) not in said or bool(_TOLD_FROM_ITS_DAY.search(said)))
        )  # 今天上午，X举行: a sentence that says 今天 of its own day is quoted, under the label
        lead = result.label if quoted else result.text
        # `date` and `kind` are rendered markup already; only the fact text is escaped here.
        item = self.messages.get(locale, "answer.item", n=n, kind=kind, date=date, text=html.escape(lead))
        if quoted:
            item += self.say(locale, "answer.quote", text=result.text)
        if result.detail:
            item += self.say(locale, "answer.detail", detail=result.detail)
        if result.telling:  # another article's words for it, which hold more of what was asked
            item += self.say(locale, "answer.telling", telling=result.telling)
        if result.is_target:
            item += self.say(locale, "answer.target")
        sources = [self._source(locale, s) for s in result.sources[:3]]
        return _finish("\n".join([item, *sources]), as_html)

    def _source(self, locale: str, source: SourceRef) -> str:
        """📰 and the article: its title (a link, where it was fetched from one), outlet, date."""
        title = html.escape(source.title, quote=False)
        if source.url:
            title = f'<a href="{html.escape(source.url, quote=True)}">{title}</a>'
        if source.outlet:
            outlet = html.escape(source.outlet, quote=False)
            return self.messages.get(
                locale, "answer.source_outlet", title=title, outlet=outlet, published=source.published
            )
        return self.messages.get(locale, "answer.source", title=title, published=source.published)

    def answer(self, locale: str, answer: Answer, as_html: bool = True) -> str:
        if not answer.results:
            lines = [self.say(locale, "answer.none", query=answer.query)]
            if answer.suggestions:
                shown = self.join(locale, [to_script(s, answer.script) for s in answer.suggestions])
                lines.append(self.say(locale, "answer.did_you_mean", suggestions=shown))
            return _finish("\n".join(lines), as_html)
        first, last = answer.offset + 1, answer.offset + len(answer.results)
        total = max(answer.total, last)  # an Answer made by hand may not say
        header = self.say(locale, "answer.header", query=answer.query, first=first, last=last, total=total)
        if answer.summary:
            header += "\n" + self.say(locale, "answer.summary", summary=answer.summary)
        blocks = [self.result(locale, first + i, r, as_html=True) for i, r in enumerate(answer.results)]
        return _finish("\n\n".join([header, *blocks]), as_html)

    def card(self, locale: str, card: Card, script: Script, articles: Mapping[str, ArticleInfo]) -> str:
        """A briefing card (card.py): the name, what it is, figures, milestones, targets, sources."""
        name = html.escape(to_script(card.name, script))
        english = self.say(locale, "card.english", english=title_case(card.english)) if card.english else ""
        lines = [self.messages.get(locale, "card.title", name=name, english=english)]
        if card.definition is not None:
            lines.append(html.escape(to_script(card.definition.text, script)))

        def section(key: str, items: list[str]) -> None:
            if items:
                lines.append(f"<b>{self.say(locale, key)}</b>\n" + "\n".join(items))

        section("card.figures", [self._figure_line(locale, f, script) for f in card.figures])
        section("card.milestones", [self._fact_line(f, script) for f in card.milestones])
        section("card.targets", [self._fact_line(f, script) for f in card.targets])
        sources = [self.source_link(locale, articles[a], script) for a in card.articles if a in articles]
        section("card.sources", [f"• {s}" for s in sources])
        return "\n".join(lines)

    def source_link(self, locale: str, article: ArticleInfo, script: Script) -> str:
        """An article as a source: its title, linked where it came from a link, its outlet, its date."""
        title = html.escape(to_script(article.title, script))
        if article.url:
            title = f'<a href="{html.escape(article.url, quote=True)}">{title}</a>'
        if not article.source:
            return self.messages.get(locale, "card.source_no_outlet", title=title, date=article.published)
        outlet = html.escape(to_script(article.source, script))
        return self.messages.get(locale, "card.source", title=title, outlet=outlet, date=article.published)

    def _fact_line(self, fact: Fact, script: Script) -> str:
        date = f"<i>{html.escape(fact.date)}</i> · " if fact.date else ""
        return f"• {date}{html.escape(to_script(fact.label if len(fact.label) > 6 else fact.text, script))}"

    def _policy_line(self, fact: Fact, script: Script) -> str:
        """The policy's name, and what it grants or holds where the text says (2万到5万元)."""
        detail = f" — {html.escape(to_script(fact.qualifier, script))}" if fact.qualifier else ""
        return f"• {html.escape(to_script(fact.label, script))}{detail}"

    def _figure_line(self, locale: str, fact: Fact, script: Script) -> str:
        """A figure with the date it was true: 河套深港科技创新合作区面积 约3.89平方公里（2023-09）."""
        as_of = self.say(locale, "digest.as_of", date=fact.date) if fact.date else ""
        return f"• {html.escape(to_script(fact.label, script))}{html.escape(as_of)}"

    def digest(self, locale: str, digest: Digest, script: Script, as_html: bool = True) -> str:
        topic = self.say(locale, "digest.topic", topic=digest.topic) if digest.topic else ""
        parts = [f"<b>{self.messages.get(locale, 'digest.title', topic=topic)}</b>"]
        if digest.is_empty:
            parts.append(self.say(locale, "digest.empty"))
            return _finish("\n".join(parts), as_html)

        def section(key: str, lines: list[str]) -> None:
            if lines:
                parts.append(f"\n<b>{self.say(locale, key)}</b>\n" + "\n".join(lines))

        section("digest.new", [self._fact_line(f, script) for f in digest.new])
        section("digest.policies", [self._policy_line(f, script) for f in digest.policies])
        section("digest.milestones", [self._fact_line(f, script) for f in digest.milestones])
        section("digest.figures", [self._figure_line(locale, f, script) for f in digest.figures])
        section(
            "digest.series",
            [f"• {html.escape(to_script(s.measure, script))}: {self.series_points(s, script)}" for s in digest.series],
        )
        section(
            "digest.targets",
            [
                self._fact_line(t.fact, script)
                + (
                    self.say(locale, "digest.passed" if t.years_away < 0 else "digest.date_passed")
                    if t.passed
                    else self.say(locale, "digest.years_away", years=t.years_away)
                    if t.years_away > 0
                    else self.say(locale, "digest.this_year")
                )
                for t in digest.targets
            ],
        )
        return _finish("\n".join(parts), as_html)
