"""Reading the briefing: keyword answers with pagination, the fact lists (/latest,
/policies, /figures), /timeline charts, /sources and inline queries."""

from __future__ import annotations

from hetao_brief.answer import to_result
from hetao_brief.card import Card, compose_card, named_entity
from hetao_brief.conversation import buttons
from hetao_brief.conversation.base import Handlers, Turn, parse_number
from hetao_brief.conversation.events import Button, InlineItem, InlineOut, PhotoOut, Reply
from hetao_brief.digest import changed_series, key_figures, latest_milestones, main_policies
from hetao_brief.facts import Fact, FactKind
from hetao_brief.rendering.charts import ChartWords, milestones_chart, series_chart
from hetao_brief.rendering.locale import locale_for_topic
from hetao_brief.services.briefing import QueryError
from hetao_brief.text.normalize import Script, fold, is_script_neutral, to_script

PAGE = 3
LIST_PAGE = 8
INLINE_PAGE = 10
MAX_OFFSET = 200
LISTS = {"latest": latest_milestones, "policies": main_policies, "figures": key_figures}


def script_of(locale: str) -> Script:
    return Script(locale)


def _one_per_sentence(facts: list[Fact]) -> list[Fact]:
    """A sentence that yields several figures is listed once, as its first fact."""
    seen: set[tuple[str, int]] = set()
    kept = []
    for fact in facts:
        where = (fact.sources[0].article_id, fact.sources[0].sentence_index)
        if where not in seen:
            seen.add(where)
            kept.append(fact)
    return kept


class Browse(Handlers):
    # -- keyword answers -----------------------------------------------------------------

    def ask(self, turn: Turn, text: str, offset: int = 0, edit: bool = False) -> list[Reply]:
        script = None
        if is_script_neutral(text) and turn.locale in (Script.SIMPLIFIED.value, Script.TRADITIONAL.value):
            script = Script(turn.locale)  # 河套 reads the same in both: the chat's /lang decides
        try:
            answer = self.services.briefing.ask(text, limit=PAGE, offset=offset, script=script)
        except QueryError as error:
            key = "answer.too_long" if error.reason == "too_long" else "answer.empty"
            return self.reply_key(turn, key, detail=str(error).partition(": ")[2])
        locale = answer.script.value  # answers speak the script of the question
        html = self.renderer.answer(locale, answer)
        related: list[Button] = []
        if answer.results and not offset:
            card = self._card(text)
            if card is not None:  # a name: its briefing card first, the ranked sentences under it
                snapshot = self.services.briefing.snapshot
                html = self.renderer.card(locale, card, answer.script, snapshot.articles) + "\n\n" + html
                shown = [to_script(n, answer.script) for n in card.related]
                related = [Button(n, buttons.ask(n)) for n in shown if buttons.fits(buttons.ask(n))]
        paging: list[Button] = []
        if answer.offset:
            paging.append(self._page_button(turn, locale, "answer.back", answer.query, max(0, offset - PAGE)))
        if answer.has_more and offset + PAGE <= MAX_OFFSET:
            paging.append(self._page_button(turn, locale, "answer.more", answer.query, offset + PAGE))
        shown = [to_script(s, answer.script) for s in answer.suggestions] if not answer.results else []
        suggestions = [Button(s, buttons.ask(s)) for s in shown if buttons.fits(buttons.ask(s))]
        examples: list[Button] = []
        if not answer.results and not offset:  # no dead end: questions that do have answers
            html += "\n" + self.renderer.say(locale, "answer.try_examples")
            examples = [Button(e, buttons.ask(e)) for e in self._examples(locale) if buttons.fits(buttons.ask(e))]
        rows = tuple(row for row in (tuple(paging), tuple(related), tuple(suggestions), tuple(examples)) if row)
        return self.reply(html, rows, edit)

    def _card(self, text: str, name: str | None = None) -> Card | None:
        briefing = self.services.briefing
        facts = briefing.snapshot.facts
        name = name or named_entity(text, facts, briefing.lexicon)
        return compose_card(name, facts, briefing.lexicon, self.services.clock().year) if name else None

    def about(self, turn: Turn, text: str) -> list[Reply]:
        """/about NAME: the name's briefing card, then what else is said of it."""
        if not text.strip():
            return self.reply_key(turn, "answer.empty")
        return self.ask(turn, text.strip())

    def _examples(self, locale: str) -> list[str]:
        examples = self.renderer.messages.template(locale, "answer.examples")
        return [str(e) for e in examples] if isinstance(examples, list) else []

    def _page_button(self, turn: Turn, locale: str, key: str, query: str, offset: int) -> Button:
        data = buttons.results_page(offset, query)
        if not buttons.fits(data):
            data = buttons.results_page(offset, "#" + self.services.readers.save_query(query, turn.now))
        return Button(self.renderer.say(locale, key), data)

    def page(self, turn: Turn, offset: str, query: str) -> list[Reply]:
        """A 'more results' / 'back' press: `q:<offset>:<query>` or `q:<offset>:#<saved key>`."""
        start = parse_number(offset, MAX_OFFSET)
        if start is None or not query:
            return self.reply_key(turn, "errors.stale_button")
        if query.startswith("#"):
            saved = self.services.readers.saved_query(query[1:])
            if saved is None:
                return self.reply_key(turn, "errors.stale_button")
            query = saved
        return self.ask(turn, query, start, edit=True)

    # -- lists ---------------------------------------------------------------------------

    def listing(self, turn: Turn, name: str, args: str = "", offset: int = 0, edit: bool = False) -> list[Reply]:
        """/latest, /policies, /figures: a page of facts with sources, optionally narrowed by
        keywords (``/figures 面积``)."""
        briefing = self.services.briefing
        facts = LISTS[name](briefing.facts())
        topic = args.strip()[:50]
        if topic:
            wanted = briefing.snapshot.index.matching(briefing.analyzer.query(topic))
            facts = [f for f in facts if f.id in wanted]
        facts = _one_per_sentence(facts)
        locale = locale_for_topic(topic, turn.locale)
        if not facts:
            return self.reply_key(turn, "lists.none", topic=topic)
        page = facts[offset : offset + LIST_PAGE]
        header = self.renderer.say(locale, f"lists.{name}", first=offset + 1, last=offset + len(page), total=len(facts))
        if name == "latest" and (articles := briefing.articles()):  # how current the corpus is
            header += "\n" + self.renderer.say(locale, "sources.latest", date=articles[0].published)
        blocks = [self._fact_block(locale, offset + i + 1, f, headline=name == "latest") for i, f in enumerate(page)]
        row = []
        if offset:
            row.append(
                Button(self.renderer.say(locale, "answer.back"), buttons.list_page(name, max(0, offset - LIST_PAGE)))
            )
        if offset + LIST_PAGE < len(facts) and offset + LIST_PAGE <= MAX_OFFSET:
            data = buttons.list_page(name, offset + LIST_PAGE, topic)
            if buttons.fits(data):
                row.append(Button(self.renderer.say(locale, "answer.more"), data))
        return self.reply("\n\n".join([header, *blocks]), (tuple(row),) if row else (), edit)

    def list_page(self, turn: Turn, name: str, offset: str, topic: str) -> list[Reply]:
        start = parse_number(offset, MAX_OFFSET)
        if name not in LISTS or start is None:
            return self.reply_key(turn, "errors.stale_button")
        return self.listing(turn, name, topic, start, edit=True)

    def _fact_block(self, locale: str, n: int, fact: Fact, headline: bool = False) -> str:
        snapshot = self.services.briefing.snapshot
        result = to_result(fact, 0.0, script_of(locale), snapshot.articles)
        return self.renderer.result(locale, n, result, headline=headline)

    # -- charts and sources --------------------------------------------------------------

    def timeline(self, turn: Turn, args: str) -> list[Reply]:
        facts = self.services.briefing.facts()
        series = changed_series(facts)
        wanted = fold(args)[:50]
        names = self.renderer.join(turn.locale, [s.measure for s in series])
        script = script_of(turn.locale)
        if wanted:
            match = next((s for s in series if wanted in fold(s.measure) or fold(s.measure) in wanted), None)
            if match is None:
                return self.reply_key(turn, "timeline.no_series", measure=args.strip()[:50], measures=names)
            caption = self.say(turn, "timeline.series_caption", measure=match.measure)
            caption += "\n" + self.renderer.series_points(match, script)  # the values, not only a picture of them
            return [PhotoOut(series_chart(match, self._chart_words(turn, "series_title"), script), caption)]
        milestones = [f for f in facts if f.kind is FactKind.MILESTONE]
        caption = self.say(turn, "timeline.caption", count=len(milestones), measures=names)
        return [PhotoOut(milestones_chart(milestones, self._chart_words(turn, "title"), script), caption)]

    def _chart_words(self, turn: Turn, title: str) -> ChartWords:
        def word(key: str) -> str:
            return self.renderer.messages.get(turn.locale, f"timeline.{key}")

        return ChartWords(word(title), word("year"), word("count"), word("date"), word("event"), word("target"))

    def sources(self, turn: Turn) -> list[Reply]:
        articles = self.services.briefing.articles()
        if not articles:
            return self.reply_key(turn, "sources.none")
        lines = [
            self.say(turn, "sources.header", count=len(articles)),
            self.say(turn, "sources.latest", date=articles[0].published),
        ]
        script = script_of(turn.locale)
        for article in articles:
            link = self.renderer.source_link(turn.locale, article, script)
            lines.append(self.renderer.messages.get(turn.locale, "sources.item", article=link, id=article.id))
        return self.reply("\n".join(lines))

    # -- inline mode ---------------------------------------------------------------------

    def inline(self, turn: Turn, query: str, offset: str) -> list[Reply]:
        start = parse_number(offset, MAX_OFFSET) or 0
        if not query.strip():
            facts = latest_milestones(self.services.briefing.facts())[:INLINE_PAGE]
            script = script_of(turn.locale)
            results = [to_result(f, 0.0, script, self.services.briefing.snapshot.articles) for f in facts]
            locale, more = turn.locale, False
        else:
            try:
                answer = self.services.briefing.ask(query, limit=INLINE_PAGE, offset=start)
            except QueryError:
                return [InlineOut(())]
            results, more = list(answer.results), answer.has_more
            locale = answer.script.value
        items = tuple(
            InlineItem(
                id=r.fact_id,
                title=r.label[:60] or r.text[:60],
                description=" · ".join(x for x in (r.date or "", r.sources[0].title if r.sources else "") if x)[:100],
                html=self.renderer.result(locale, start + i + 1, r),
            )
            for i, r in enumerate(results)
        )
        next_offset = str(start + INLINE_PAGE) if more and start + INLINE_PAGE <= MAX_OFFSET else ""
        return [InlineOut(items, next_offset)]
