"""The extraction pipeline: article → sentences → facts, then facts merged across articles."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import replace
from typing import TypeVar

from hetao_brief.extract.clauses import date_words, tidy
from hetao_brief.extract.dates import (
    DateMention,
    Published,
    dateline_day,
    find_dates,
    is_ahead,
    is_past,
    week_reported,
)
from hetao_brief.extract.entities import SURNAMES, entities_in, firms_in, people_in
from hetao_brief.extract.fields import (
    COUNT_IN_A_NAME,
    award_told,
    date_first,
    deadline_said,
    deed_put_off,
    enumerated,
    field_event,
    field_name,
    headed_part,
    inline_fields,
    is_occasion_name,
    items_dated_in_brackets,
    named_item,
    narrative_opening,
    notice_field,
    notice_signed,
    notice_topic,
    occasion_named_last,
    occasion_on_its_day,
    project_named,
    set_for_said,
    tables_told,
    timetable_steps,
    when_field,
    without_column,
)
from hetao_brief.extract.figures import (
    CLAUSE_MARK,
    COMPARED,
    HEARD,
    NOW,
    NOW_SAID_BEFORE,
    PLACES_PROVIDED,
    PRICED_APART,
    SAYING,
    as_partner,
    clause_before,
    dated_as_of,
    dated_base,
    level_before_change,
    measure_owner,
    respective_values,
    target_date,
    values_of_each,
)
from hetao_brief.extract.labels import LOCATED_AT
from hetao_brief.extract.merge import APPROXIMATE, merge_facts
from hetao_brief.extract.milestones import find_milestones
from hetao_brief.extract.policies import PolicyNames, amounts, notified_scheme, policy_label
from hetao_brief.extract.quantities import CHANGED_TO, Quantity, find_quantities, without_time_done
from hetao_brief.extract.referents import (
    BARE_NOUNS,
    DEMONSTRATIVE,
    EDITION_MARK,
    referent_name,
    referent_of,
    short_head,
    with_referent,
)
from hetao_brief.extract.sentences import (
    Sentence,
    end_of_clause,
    ends_the_story,
    is_boilerplate,
    is_caption,
    is_credit,
    is_summary,
    split_sentences,
    start_of_clause,
    without_dateline,
)
from hetao_brief.extract.speakers import body_interviewed, body_of_the_site, ours_named, transcript_line, we_named
from hetao_brief.extract.verbs import EVENT_VERB
from hetao_brief.extract.vocabulary import (
    COMPARED_WITH,
    EDITION_OF,
    OCCASION_QUOTED,
    PEOPLE_COUNTED,
    PROPOSED,
    SCHEME_FROM,
    SOLD,
)
from hetao_brief.facts import Article, Fact, FactKind, Source, article_sha
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import as_written, fold
from hetao_brief.text.segment import Segmenter

ARTICLE_CACHE = 4096
"""Articles whose facts one process remembers: a reload re-extracts every stored article, and
most of them have not changed since the last one (nor between the tests' many briefings)."""
_ARTICLE_FACTS: OrderedDict[tuple[str, ...], tuple[Fact, ...]] = OrderedDict()
_CACHE_LOCK = threading.Lock()
CORPUS_CACHE = 2
"""Corpora whose merged facts one process remembers: merging is most of a reload of articles
already read (9 s of 20 s for the 1,790 test articles), and a reload of an unchanged corpus, or
the tests' second briefing of the same articles, would merge the same facts again."""
_CORPUS_FACTS: OrderedDict[tuple[tuple[str, ...], ...], tuple[Fact, ...]] = OrderedDict()
_Key = TypeVar("_Key", bound=Hashable)


def _remember(cache: OrderedDict[_Key, tuple[Fact, ...]], key: _Key, facts: tuple[Fact, ...], size: int) -> None:
    """Keep `facts` under `key`, forgetting the oldest entries beyond `size`."""
    with _CACHE_LOCK:
        cache[key] = facts
        while len(cache) > size:
            cache.popitem(last=False)


class Extractor:
    def __init__(self, lexicon: Lexicon, segmenter: Segmenter) -> None:
        self._lexicon = lexicon
        self._segmenter = segmenter
        self._lexicon_key = hashlib.sha256(
            repr((lexicon.groups, sorted(lexicon.glossary.items()), sorted(lexicon.stopwords))).encode()
        ).hexdigest()

    def extract(self, articles: Iterable[Article], progress: Callable[[Article], None] | None = None) -> list[Fact]:
        """All facts of a corpus, merged. `progress` is told of each article as it is done."""
        facts: list[Fact] = []
        keys = []
        for article in articles:
            keys.append(key := self._key(article))
            facts.extend(self._facts_of(article, key))
            if progress:
                progress(article)
        corpus = tuple(keys)
        with _CACHE_LOCK:
            cached = _CORPUS_FACTS.get(corpus)
        if cached is not None:
            return list(cached)
        merged = merge_facts(facts)
        _remember(_CORPUS_FACTS, corpus, tuple(merged), CORPUS_CACHE)
        return merged

    def _key(self, article: Article) -> tuple[str, ...]:
        """What the facts of an article depend on: the lexicon, its id, date, title and text."""
        return (self._lexicon_key, article.id, article.published, article.title, article_sha(article))

    def extract_article(self, article: Article) -> list[Fact]:
        """Facts of one article, unmerged. Raises nothing for odd text: no rule matches. The
        same article (id, date, title, text) under the same lexicon is read once per process."""
        return self._facts_of(article, self._key(article))

    def _facts_of(self, article: Article, key: tuple[str, ...]) -> list[Fact]:
        """The article's facts, remembered under its `_key`."""
        with _CACHE_LOCK:
            cached = _ARTICLE_FACTS.get(key)
            if cached is not None:
                _ARTICLE_FACTS.move_to_end(key)
                return list(cached)
        facts = self._read(article)
        _remember(_ARTICLE_FACTS, key, tuple(facts), ARTICLE_CACHE)
        return facts

    def _read(self, article: Article) -> list[Fact]:
        body = award_told(fold(article.title), article.body, article.published)
        sentences = split_sentences(tables_told(notice_signed(fold(article.title), body)))
        published = Published.parse(article.published)
        if sentences:  # a dispatch's 今日 is the day it was filed
            published = (
                dateline_day(fold(sentences[0].text), published)
                or week_reported(fold(article.title), published)  # 园区周报｜12月21日—12月27日: that week's
                or published
            )
        facts: list[Fact] = []
        earlier: list[DateMention] = []  # the dates told so far, which 同月 and 同日 repeat
        policies = PolicyNames(notified=notified_scheme(fold(article.title)))
        told = ""  # the article so far, where 该基地 finds the base's full name
        headline = _headline(fold(article.title))
        explained = notice_topic(fold(article.title)) if _EXPLAINER.match(fold(article.title)) else ""  # 一图读懂｜X
        narrator = _narrator(
            fold(article.body)
        )  # …（作者为X的博士后研究员）: 我 is the author; 以下为其口述: the teller
        topic = notice_topic(fold(article.title))  # what a post's fields (👉 开放时间：…) are of
        posted = topic if _POSTED.match(fold(article.title)) else ""  # 活动预告｜X: the occasion X
        if is_occasion_name(occasion := re.split(r"[：:]", posted, maxsplit=1)[0]):
            posted = occasion  # 活动预告｜X沙龙第8期：类器官与新药研发: the salon, not its theme
        firm = ""  # the firm it named last, which 公司 stands for
        if own := _FIRMS_OWN_NOTICE.match(headline):
            firm = own["firm"]  # X科技（深圳）有限公司招聘启事 … 我司…: X's own notice
        firms_named: set[str] = set()  # every firm it named, found again by name in a later sentence
        firms_anywhere: set[str] = set()  # the firms 该公司 inside a clause and a bare 集团 may stand for
        if _THAT_FIRM_WITHIN.search(folded_body := fold(article.body)) or _BARE_GROUP.search(folded_body):
            firms_anywhere = {n for s in sentences for n in firms_in(fold(s.text), self._segmenter)}
            firms_anywhere |= {m["name"] for m in _GROUP_NAMED.finditer(folded_body)}
        named: str | None = None  # a fact sheet's 项目名称, which its 开工时间 and 计划完工 lines are of
        list_year: int | None = None  # the year a list's lead names, which its items' months are of
        ours = body_of_the_site(article.source)  # whom 我校 names on a university's own news site
        asked_of = body_interviewed(
            fold(article.title), fold(article.body)
        )  # whom 我们 names in 专访X行政总裁's answers
        planned = False  # that lead tells what is to be done (今年的工作安排：一是…), so its items are aims
        scheduled = ""  # what a timetable's lead names (X建设时间表已经确定：), whose steps its dated items are
        chronicle = False  # that the lead told a story (X由构思到落成历时五年：), whose items name their doers
        report_year: int | None = None  # the year a report's part (过去一年——) tells of, which its sentences are of
        period = ""  # the period the sentence before opened with (前三季度), which 其中，… goes on in
        reported = ""  # the period a firm's report covers (2036年半年度报告: 2036年上半年), which 报告期内 is
        issued_on: DateMention | None = None  # the day a document was issued, which 自印发之日起 repeats
        asked: int | None = None  # the year a question asked of, which the answer's list (负责人：一是…) is of
        answering: int | None = None  # the year ahead an interviewer asked of, which the answers' bare dates are of
        occasion_on = ""  # the day of a meeting the sentence before told held, which 会议审议通过… goes on with
        occasion = at_occasion = ""  # that meeting's label; the one a piece's facts were done at
        field_day = ""  # the date a field gave last, which 同上 repeats
        asked_about = ""  # what the question before asked of (问：第二期何时动工？), which 答：预计…动工 is of
        itinerary = False  # the lines after 行程安排如下： are a day's steps, no events of their own
        when_deed = when_asked = ""  # what a numbered question asked the time of (1. 甚么时候接受申请？), and it
        guided = ""  # the document a post's numbered questions (02｜可以获得哪些支持？) are about, which
        # the lines under them answer
        for sentence in sentences:
            if ends_the_story(sentence.text):
                break  # 相关阅读：…: other stories' headlines follow
            if is_boilerplate(sentence.text):
                continue
            text = as_written(_ANSWER.sub("", _VIDEO_TIME.sub("", without_dateline(sentence.text))))  # 答：…
            if corrected := _CORRECTION_LINE.search(text):  # 原文“…”，应为“…”: only the right wording tells
                text = text[: corrected.start()] + corrected.group("right") + text[corrected.end() :]
            if not text.strip("，,。.；;：: ") or is_credit(text):
                continue
            text = transcript_line(fold(text), told) or text  # 凌澈：我们… (introduced before): a quotation
            named = field_name(text) or named
            heading = _QUESTION_HEADING.match(text)  # 01｜谁可以申请？: the lines after it answer it
            if heading:
                guided = next(iter(reversed(_TITLED.findall(fold(article.title) + told))), "").strip("《》")
                asked_when = _ASKED_WHEN.search(fold(text))  # 1. 甚么时候接受申请？: the deed its answer dates
                when_deed = asked_when["deed"] if asked_when else ""
                when_asked = fold(text).strip()
            if field_day and (same := _SAME_AS_ABOVE.match(text)):
                text = same.group("field") + field_day  # 开标时间：同上 (after 递交截止时间：2032年3月16日9时30分)
            field_day = told_day.group("day") if (told_day := _FIELD_DAY.search(text)) else field_day
            if _ERRATUM.match(text):
                continue  # （注：本报7月8日报道中“…”有误，实为今天开营，特此更正。）: told right already
            if _ANOTHER_PLATFORM.match(text):
                continue  # 大湾区四大平台本周动态 … 横琴：…: another platform's news, none of the zone's
            if corrected := _CORRECTION.search(text):
                text = corrected.group("right").rstrip("。") + "。"  # 更正：…“A”应为“B”: B is what happened
            as_told = text
            text = said_with_deadline = set_for_said(
                deadline_said(text)
            )  # 申请截止时间为6月30日: 申请于6月30日截止 (read
            # so, shown as told)
            text = deed_put_off(text) or text  # X原定年底完工，但需延后至明年6月: 延后至明年6月完工
            text = (  # 开工时间：2025年9月 → X于2025年9月开工; ⏰时间：12月20日 → 河套科学之夜于12月20日举行
                inline_fields(text)
                or field_event(text, named, published.day_told)
                or when_field(text, told, posted)
                or date_first(text)
                or occasion_on_its_day(text)
                or items_dated_in_brackets(text)
                or narrative_opening(text)
                or named_item(text)
                or headed_part(text)
                or text
            )
            pieces = enumerated(text)  # 2027年，园区将…：一是…；二是…: each item under the lead's year
            if len(pieces) > 1 and (
                (
                    asked is None
                    and list_year is None
                    and not find_dates(pieces[0], published)
                    and not _WORK_AHEAD.search(pieces[0])  # 下一步将重点做好三方面工作：一是年底前…: aims
                )
                or _CONTENT_LEAD.search(pieces[0])
            ):
                pieces = [text]  # 《措施》…：一是…；二是…: the content of one policy, told together
            pieces = timetable_steps(text) or pieces  # X建设时间表已经确定：2027年3月前：…；2027年6月：…
            if list_year is not None and len(pieces) == 1 and (head := _HEADED_ITEM.match(text)) and text[head.end() :]:
                deeds = text[head.end() :].split("；")  # （一）加快园区建设：推动…；启动…；年内建成…: each a deed
                pieces = ["·" + deed.strip().rstrip("。") + "。" for deed in deeds if deed.strip()]
            sentence_read = len(facts)
            for piece in pieces:
                piece = _CLEFT.sub(r"\g<told>", piece)  # 我是在今年三月从伦敦搬到X的。: 我在今年三月…搬到X。
                piece = _BEAT_THEN_WON.sub(r"\g<beat>", piece)  # X战胜Y，夺得冠军: X战胜Y夺得冠军
                piece = _YEAR_THEN_MONTH.sub(r"\g<what>\g<at>\g<year>\g<month>", piece)  # 去年X于12月…: X于去年12月…
                piece = _that_firm_named(piece, firms_anywhere)  # 与X的股东签订协议，收购该公司70%股权: X's
                item = _LIST_ITEM.match(piece) is not None
                dates = self._dates(piece, published, earlier, list_year if item else answering, issued_on)
                if report_year is not None and not dates and not item:
                    piece = f"{report_year}年，{piece}"  # 过去一年——。——X提速。园区新增…: of the year it reviews
                    dates = self._dates(piece, published, earlier, report_year)
                elif (
                    not dates
                    and (reviewed := _PAST_YEAR_OPENING.match(piece))
                    and (reviewed_year := _year_reviewed(piece, published))
                ):
                    piece = f"{reviewed_year}年，{piece[reviewed.end() :]}"  # 过去一年，…, told in January: last year
                    dates = self._dates(piece, published, earlier, reviewed_year)
                if reported and not dates and (within := _WITHIN_THE_REPORT.match(piece)):
                    piece = f"{reported}，{piece[within.end() :]}"  # 报告期内，公司实现营业收入…: of 2036年上半年
                    dates = self._dates(piece, published, earlier, None)
                reported = _period_reported(piece) or reported
                first_clause = end_of_clause(piece, 0)
                if _AFTER_ROUNDS.match(piece):  # 经过两轮角逐，X团队获得一等奖: the award's clause is next
                    first_clause = end_of_clause(piece, first_clause + 1)
                went_on = _AT_ITS_TIME.match(piece) is not None  # it goes on with the meeting before (会上，…)
                if (
                    occasion_on
                    and (
                        _AT_THE_OCCASION.match(piece)
                        or _AWARDED.search(piece, 0, end_of_clause(piece, first_clause + 1))  # X战胜Y，获得冠军
                    )
                    and not any(d.start < first_clause for d in dates if not _in_a_title(piece, d))
                ):
                    year, month, day = occasion_on.split("-")  # …会议在深圳召开。会议审议通过了《X》: that day
                    same_day = earlier and len(earlier[-1].iso) == len(occasion_on)  # not 年内, told after it
                    on = "同日" if same_day else f"{year}年{int(month)}月{int(day)}日"
                    piece = f"{on}，{_AT_ITS_TIME.sub('', piece, count=1)}"  # 会后，双方签署了…: 同日，双方签署了…
                    dates = self._dates(piece, published, earlier, None)
                    at_occasion = occasion
                    went_on = True
                timed = [d for d in dates if not _COMPARED_WITH.search(piece, 0, d.start)]  # 规模将超过今年: no time
                if item and list_year is not None and not timed:
                    piece = f"{list_year}年，{_LIST_ITEM.sub('', piece, count=1)}"  # 二是推动…: of the lead's year
                    dates = self._dates(piece, published, earlier, list_year)
                elif (
                    period
                    and (
                        them := _OF_THEM.match(piece)
                        or _ADDED_THEN.match(piece)
                        or (_DASH_ITEM.match(piece) if _COUNTED_OVER.search(period) else None)
                    )
                    and not any(d.start < end_of_clause(piece, them.end()) for d in dates)
                ):
                    piece = f"{period}，{piece}"  # 前三季度…。其中，软件…增加值41.7亿元: of 前三季度 too
                    dates = self._dates(piece, published, earlier, None)
                titles = [m.span() for m in _TITLED.finditer(piece)]  # 《…行动计划（2026—2028年）》 names a document
                dates = [d for d in dates if not any(start < d.start < end for start, end in titles)]
                dates = [d for d in dates if not _a_papers_year(piece, d, dates)]  # …，并发布2027年X清单
                if (its_day := _OCCASION_ITS_DAY.match(piece)) and (set_for := _day_held(its_day["what"], facts)):
                    year, month, day = set_for.split("-")  # 开放日当天将开放…: the day the open day was set for
                    piece = f"{its_day['what']}{year}年{int(month)}月{int(day)}日{piece[its_day.end() :]}"
                    if its_day["what"] in _ANY_OCCASION:
                        piece = piece.removeprefix(its_day["what"])  # 活动当日…: the day, no subject
                    dates = self._dates(piece, published, earlier, None)
                if not dates and (then_told := _THEN_OPENS.match(piece)) and (aimed := _aimed_last(facts)):
                    dates = [DateMention(then_told.start("then"), then_told.end("then"), aimed)]  # 届时…: the aim's day
                unnamed = _UNNAMED_FIRM_SPEAKING.search(fold(piece))  # 有参展的生物科技公司负责人说，公司…: that one
                speaking = _HEAD_SPEAKING_OF_A_FIRM.search(fold(piece)) or _FIRM_DISCLOSING.search(fold(piece))
                firm = (
                    self._firm_named_last(fold(piece), firms_named)
                    or (unnamed["firm"] if unnamed else "")
                    or (speaking["firm"] if speaking and not _GENERIC_FIRM.match(speaking["firm"]) else firm)
                )  # X负责人透露，公司计划…; X昨晚在港交所披露，公司已…: X
                # X发布公告称，公司…: named last
                firms_named.add(firm)
                read = len(facts)
                facts.extend(
                    _full_title(
                        self._person_for_pronoun(
                            _referent_told(
                                fact if piece == text else replace(fact, text=text), told, firm, headline, explained
                            ),
                            told,
                        ),  # the plan, whole
                        policies,
                    )
                    for fact in self._sentence_facts(
                        article, published, sentence, piece, dates, policies, interviewed=bool(asked_of)
                    )
                )
                if text == said_with_deadline != as_told and piece == text:
                    facts[read:] = [replace(fact, text=as_told) if fact.text == text else fact for fact in facts[read:]]
                if item and planned:  # 对于今年的工作，报告提出：…二是年内建成X；三是推动…落户: aims
                    facts[read:] = [_aimed(fact, published) for fact in facts[read:]]
                if asked_about and (_ANSWER.match(sentence.text) or _YES_SAID.match(sentence.text)):
                    # 问：第二期何时动工？答：我们预计…动工: 第二期; 听说X已…？ Y：是的，10月中旬…完成了…: X
                    facts[read:] = [_of_what_was_asked(fact, asked_about) for fact in facts[read:]]
                answered = explained if explained and _ANSWER.match(sentence.text) else "" if heading else guided
                if answered:  # 一图读懂｜X … 答：每人每月3000元; 03｜怎么申请？ 即日起至…在线申报: X's
                    if all(fact.kind is FactKind.ENTITY for fact in facts[read:]):  # short, and all it tells
                        facts.append(
                            Fact(FactKind.STATEMENT, "", text, (Source(article.id, sentence.index, sentence.original),))
                        )
                    facts[read:] = [_of_the_explainer(fact, answered) for fact in facts[read:]]
                if when_deed and explained and not heading:  # 一文看清｜X申请安排 … 1. 甚么时候接受申请？ 12月14日起…
                    facts[read:] = [_done_when_asked(fact, explained, when_deed, when_asked) for fact in facts[read:]]
                if asked_of:  # 专访X行政总裁 … 答：我们下个月会先举办…: X will
                    facts[read:] = [
                        _bare_is_the_interviewed(we_named(fact, asked_of), asked_of) for fact in facts[read:]
                    ]
                if narrator and "我" in sentence.text:  # 我会回英国参加学术会议, in a column: the author will
                    facts[read:] = [_by_the_author(fact, narrator) for fact in facts[read:]]
                if ours:  # 我校与园区签署协议, on a university's news site: the university
                    facts[read:] = [ours_named(fact, ours) for fact in facts[read:]]
                if at_occasion:  # X项目获得一等奖, at the ceremony told before: found by the ceremony's name too
                    facts[read:] = [_at_the_occasion(fact, at_occasion) for fact in facts[read:]]
                    at_occasion = ""
                if (
                    field := notice_field(piece) or notice_field(sentence.text)
                ) and topic:  # 👉 开放时间：逢星期六…: of what the post is about
                    facts[read:] = [_of_the_topic(fact, field, topic, told) for fact in facts[read:]]
                if then := _time_by_then(piece, facts[:read]):
                    facts[read:] = [_by_then(fact, then) for fact in facts[read:]]
                facts[read:] = [_of_the_provider(fact, facts[:read]) for fact in facts[read:]]
                facts[read:] = _levels_named(facts[read:])
                if _DATE_FIRST_LINE.match(piece):  # 2025年6月 项目动工 … 2026年8月 主体结构封顶: the project's
                    facts[read:] = [_part_of_the_works(fact, facts[:read]) for fact in facts[read:]]
                if itinerary and _CLOCK_LINE.match(piece):  # 行程安排如下：… 10:00 参观X展厅: a step of the day
                    facts[read:] = [fact for fact in facts[read:] if fact.kind is not FactKind.MILESTONE]
                itinerary = bool(_ITINERARY_LEAD.search(piece)) or (itinerary and bool(_CLOCK_LINE.match(piece)))
                if _FIELD_LINE.match(piece) and (project := project_named(told)):  # 项目名称：X … 总投资：约28.7亿元
                    facts[read:] = [_of_the_project(fact, project) for fact in facts[read:]]
                if piece.rstrip().endswith(("：", ":")) or _ANNOUNCES_ITEMS.search(piece):
                    facts[read:] = [f for f in facts[read:] if not (f.is_target and _ITEMS_TO_FOLLOW.search(f.label))]
                bullet = len(piece) - len(piece.lstrip(_BULLETS))  # ▶ 2025年3月：正式动工
                if scheduled and _DATED_ITEM.match(piece, bullet) and dates and dates[0].start == bullet:
                    facts[read:] = [_step_of(fact, scheduled, chronicle) for fact in facts[read:]]  # 6月：项目动工
                elif _TIMETABLE_WORD.search(piece) and (lead := _TIMETABLE.search(piece)):
                    scheduled = lead.group("what") if piece.rstrip().endswith(("：", ":")) else ""
                    chronicle = False
                elif piece.rstrip().endswith(("：", ":")) and (lead := _CHRONICLE.search(piece)):
                    scheduled, chronicle = lead.group("what"), True
                else:
                    scheduled = ""
                told += piece if piece.rstrip().endswith(_CLOSERS) else piece + "。"  # no name runs on into the next
                held = [
                    f
                    for f in facts[read:]
                    if (f.event == "hold" or _AN_OCCASION.search(f.label)) and len(f.date or "") == 10
                ]  # …举行2026年度成果发布会: held, though 发布 classes it an issuing
                done_then = not went_on and any(  # another time told, not 会上同意：（一）今年十月…
                    not is_ahead(d, published) and not occasion_on.startswith(d.iso) for d in dates
                )
                occasion_on = (held[-1].date or "") if held else "" if done_then else occasion_on  # 会后，双方签署…
                occasion = held[-1].label if held else occasion if occasion_on else ""
                issued = [f for f in facts[read:] if f.event == "issue" and not f.is_target and f.date]
                if issued:  # 11月25日，…印发《措施》: the day 自印发之日起 repeats
                    issued_on = DateMention(0, 0, issued[-1].date or "", issued[-1].qualifier == APPROXIMATE)
                first = piece[dates[0].start : dates[0].end] if dates else ""
                as_of = bool(dates) and piece[: dates[0].start].endswith(("截至", "截止"))  # 截至8月底，…: then
                period = _period_opening(piece, dates) or (
                    f"截至{first}" if as_of else period if first in _SAME_PERIOD else ""
                )  # 1—10月，…。同期，…。新登记企业…: still of 1—10月
                earlier.extend(
                    replace(d, closes=piece.startswith("截止", d.end))  # 报名于12月8日截止: no day 论坛期间 is
                    for d in dates
                    if not d.anniversary and not _horizon(piece, d)
                )
                if piece.rstrip().endswith(("：", ":", "——")) or _ANNOUNCES_ITEMS.search(piece):
                    framing = dates and (len(dates[-1].iso) == 4 or dates[-1].approximate)  # 明年, 下半年: a frame
                    list_year = (dates[-1].year if framing else None) if dates else asked or list_year
                    # 明年有三件大事。负责人介绍：一是…; not 将于明年3月入伙，以下为申请安排：, a deed's month
                    planned = bool(_PLANS.search(piece)) and not _REVIEWS.search(piece)
                    if piece.rstrip().endswith("——"):  # a work report's 过去一年—— and 2027年，我们将——
                        list_year = list_year or _year_reviewed(piece, published)
                        report_year = list_year
                elif not item:
                    list_year = None
                    planned = False
                    report_year = None if dates and not piece.startswith(f"{report_year}年，") else report_year
            if any(f.kind not in (FactKind.ENTITY, FactKind.STATEMENT) for f in facts[sentence_read:]):
                # 三是持续优化…: an undated item of a list whose other items told facts is no statement
                facts[sentence_read:] = [f for f in facts[sentence_read:] if f.kind is not FactKind.STATEMENT]
            asked = dates[-1].year if dates and _ASKED.search(text) else None  # 记者：明年的重点是什么？
            if _ASKED.search(text):  # 记者：园区明年有什么新动作？ 负责人：…。下半年，我们还将…: next year's
                about = _ASKED_ABOUT.match(text) or _HEARD_SO.match(text)  # 记者：听说X已经在10月完成了…？
                asked_about = _of_the_interviewed(about.group("what"), asked_of) if about else ""
                answering = asked if asked is not None and asked > published.year else None
        return facts

    def _person_for_pronoun(self, fact: Fact, told: str) -> Fact:
        """她决定回国创业: the person the article named last (周雨桐), whom jieba tags nr; the
        article is tagged only when a label opens with 她 or 他."""
        if fact.kind is not FactKind.MILESTONE or not (pronoun := _PRONOUN.match(fact.label)):
            return fact
        at = fact.text.find(fact.label[: pronoun.end() + 2])  # 陈浩然回忆，2019年他第一次…: this sentence's too
        at = at if at >= 0 else fact.text.find(pronoun.group())  # 李卫东透露，他今年提交了…: 今年 was taken out
        recent = (told + fact.text[: max(0, at)])[-_PERSON_WINDOW:]
        tagged = _names_tagged(self._segmenter.tagged(recent))
        named = {word: recent.rfind(word) for word in tagged if word[0] in SURNAMES or word[:2] in SURNAMES}
        named |= {name: recent.rfind(name) for name in people_in(recent)}  # 34岁的许清韵, which jieba cuts
        return replace(fact, label=max(named, key=named.__getitem__) + fact.label[pronoun.end() :]) if named else fact

    def _firm_named_last(self, text: str, named_before: Collection[str] = ()) -> str:
        """The firm a sentence names last, by its shape (康源生物), as a known company
        (港深创新及科技园有限公司) or as a firm the article named before by its shape (X于2033年在深交所
        上市: X, named as a firm earlier), which a later 公司 stands for; "" if it names none."""
        firms = [(text.rfind(name), name) for name in firms_in(text, self._segmenter)]
        firms += [(text.rfind(name), name) for name in named_before if name and name in text]
        firms += [(text.rfind(short), short) for name in named_before if (short := _short_name_in(name, text))]
        if "公司" in text:  # only a name ending in 公司 is a known company (港深创科园公司 is one's alias)
            firms += [
                (text.rfind(alias), group.canonical)
                for alias, group in self._lexicon.names_in(text)
                if alias.endswith("公司") and group.is_entity
            ]
        if "有限公司" in text:  # 深港瑞苗生物科技有限公司, a name the lexicon does not know
            firms += [
                (at, called.group("short") if (called := _CALLED.match(text, at + len(name))) else name)
                for name in entities_in(text, self._lexicon, self._segmenter)
                if name.endswith("有限公司") and (at := text.rfind(name)) >= 0
            ]  # X科技有限公司（以下简称“X科技”）: the name the article goes on with
        doers = [
            (at, name) for at, name in firms if not as_partner(text, at) and not text.endswith(_A_SUBSIDIARY, 0, at)
        ]  # 已与X签署: X is the other party; 公司拟以全资子公司X为实施主体: 公司 is still the parent
        return max(doers, default=(-1, ""))[1]

    @staticmethod
    def _dates(
        text: str,
        published: Published,
        earlier: list[DateMention],
        list_year: int | None,
        issued_on: DateMention | None = None,
    ) -> list[DateMention]:
        return find_dates(
            text,
            published,
            anniversary_context="今年是" in text,
            earlier=earlier,
            list_year=list_year,
            issued_on=issued_on,
        )

    def _sentence_facts(
        self,
        article: Article,
        published: Published,
        sentence: Sentence,
        text: str,
        dates: list[DateMention],
        policies: PolicyNames,
        interviewed: bool = False,
    ) -> list[Fact]:
        """`interviewed`: the article is an interview (专访X负责人), whose answers' 我们 is X."""
        source = (Source(article.id, sentence.index, sentence.original),)
        entities = tuple(entities_in(text, self._lexicon, self._segmenter))
        tagged = self._segmenter.tagged
        events = (
            [] if is_caption(text) or is_summary(text) else find_milestones(text, dates, published, tagged, interviewed)
        )
        actors = self._actors(text, entities) if events else entities
        facts = [
            Fact(
                FactKind.MILESTONE,
                hit.label,
                text,
                source,
                date=hit.date.iso,
                is_target=hit.is_target,
                qualifier=APPROXIMATE if hit.date.approximate else None,
                event=hit.event_class,
                entities=actors if len(events) == 1 else self._named_in(hit.label, actors),
            )
            for hit in events
        ]
        titled = policy_label(text)
        referred = policies.referred_to(text)
        own = not (referred and (titled is None or _COUNTED_ONLY.match(titled)))
        label = titled if own else referred  # 根据《措施》，…; 该计划共包括12项措施: that policy's content
        if label and _COUNT_OF_MEASURES.fullmatch(label):
            label = None  # 推出…等12项措施: a count of unnamed measures names no policy a reader could ask for
        policies.learn(text, titled if own else None, label)
        policy = None
        if label and not _only_names(sentence, label):
            granted = "; ".join(amounts(_told_of(label, text) if own else text)) or None
            date = next((d.iso for d in dates), None) if own else None  # its content tells not its date
            policy = Fact(FactKind.POLICY, label, text, source, date=date, qualifier=granted, entities=entities)
        measures: dict[str, str] = {}  # unit → the measure last read in this sentence
        planned, aim = False, None  # whether the sentence's figure before was aimed, and its date: the next shares it
        previous_end = 0
        quantities = find_quantities(text, [(d.start, d.end) for d in dates])
        respective = respective_values(text, quantities, dates)
        quantities = values_of_each(text, quantities, respective)
        for quantity in quantities:
            if quantity.start in respective:
                measure, when = respective[quantity.start]
                facts.append(_figure_fact(quantity, self.measure_key(measure), text, source, when, False, entities))
                continue  # 2023年、2024年及2025年，收入分别为…: each value of its year
            if _LIMITED_TO.search(text, max(0, quantity.start - 4), quantity.start):
                continue  # 每人每次限购5个首日封: a rule of the sale, no figure
            if PROPOSED.search(text, 0, quantity.start):
                continue  # 他建议，…建成3至5个…平台: what someone asks for, no figure of the zone
            if _THRESHOLD.match(text, quantity.end) and quantity.qualifier in ("超过", "逾", "以上", "不低于"):
                continue  # 其中投资额超过10亿元的项目有4个: a bound that picks the projects counted
            capped = quantity.qualifier.startswith("最高") or _RATE.search(
                text, max(0, quantity.start - 14), quantity.start
            )
            carried = policy.qualifier.split("; ") if policy is not None and policy.qualifier else []
            bare_grant = quantity.raw in carried and (
                quantity.measure in _BARE_GRANT or quantity.measure.endswith(tuple(_BARE_GRANT))
            )  # 博士后研究人员另可申请一次性安家补助5万元: the policy's amount
            if carried and (capped or _SIZE_OF_NAMED.match(text, quantity.end) or bare_grant):
                continue  # …给予最高1,000万元补贴; 规模约五十亿元的「X基金」; 给予一次性50万元奖励: the policy's
            if _LEVEL_BEFORE_CHANGE.match(text, quantity.end) and dated_base(text, quantity, dates) is None:
                continue  # 由最初的12人扩展至45人: a level at no time told
            if _WILL_DO.match(text, quantity.end):
                continue  # 嘉年华期间，园区12家科研机构将开放实验室: who take part, no level of the zone
            compared = COMPARED.search(told_before := clause_before(text, quantity.start))
            reached = _REACHED.search(text, max(0, quantity.start - 4), quantity.start)  # 同比增长一倍至3亿元: a level
            if compared and _CHANGE.search(text[compared.end() : quantity.start]) and not reached:
                continue  # 较去年底增加约60家: a change, not a level
            base = told_before[compared.end() :] if compared else ""
            if (
                "如下" in text  # most sentences list nothing: no scan for each of their numbers
                and (listed := next(reversed(list(_VALUES_LISTED.finditer(text, 0, quantity.start))), None))
                and any(listed.end() <= d.start < quantity.start for d in dates)
            ):
                measure = self.measure_key(listed["what"])  # X数目如下：2024年底约四百人；2025年底…: X, then
            elif compared and _BASE_NAMED.fullmatch(base) and not date_words(base):
                measure = base  # 开市报每股13.2元，较招股价12元: the offer price, another measure
            elif compared and quantity.unit in measures and not PRICED_APART.search(quantity.measure):
                measure = measures[quantity.unit]  # 较前年的40家: the same measure, another date (较…估值溢价约15%:
                # the premium, a measure of its own)
            elif (
                _CUMULATIVE.match(clause_before(text, quantity.start) + quantity.qualifier)
                and quantity.unit in measures
                and not _OF_ITS_OWN.search(quantity.measure)  # 累计纳入“白名单”的单位达到112家: its own
            ):
                measure = _without_newly(measures[quantity.unit])  # 新认定X4家，累计达到27家: X in all
            elif quantity.measure in _AIM_ONLY and (aimed := measures.get(quantity.unit) or _people_counted(measures)):
                measure = _without_newly(aimed)  # 公司现时有18名员工，目标明年底前增至40人: the staff
            elif quantity.measure in _CHANGE_ONLY and quantity.unit in measures:
                measure = "新增" + _without_newly(measures[quantity.unit])  # …进驻，本年度至今再增加了45间
            elif quantity.measure in _CHANGE_ONLY:
                continue  # 增加了45间: a change of nothing named
            elif (only := _DEED_ONLY.fullmatch(quantity.measure)) and quantity.unit in measures:
                measure = only.group("deed") + _without_newly(measures[quantity.unit]).removeprefix("进驻")  # 8个…团队
                # 签约入驻，预计全年引进…个: 引进港澳团队, not 引进进驻…
            elif quantity.measure == "新增" and "累计" in measures.get(quantity.unit, ""):
                measure = measures[quantity.unit].replace("累计", "新增", 1)  # 累计申请专利86项，其中今年新增44项
            elif quantity.measure in _KIND_ONLY and quantity.unit in measures:
                measure = measures[quantity.unit]  # 新增国际人才约2,300人，其中10月份当月新增310人
            elif quantity.measure in _TIMES_OF_THE_WEEK and quantity.unit in measures:
                measure = quantity.measure + measures[quantity.unit]  # 平日每日约有450人次使用，周末增至约…人次
            elif quantity.measure in _TOTAL_ONLY and quantity.unit in measures:
                measure = _without_newly(measures[quantity.unit])  # 今年新增X企业9家，总数达到37家: X企业 in all
            elif (
                text.startswith("其中", start_of_clause(text, quantity.start))
                and (added := _ADDED_IN_ALL.search(measures.get(quantity.unit, "")))
                and "奖" not in quantity.measure  # 共有10个项目获奖，其中一等奖1项: the prize names itself
                and len(quantity.measure) >= 2
                and (named := measure_owner(quantity, text, entities, self._lexicon))
            ):
                measure = added.group(0) + self.measure_key(named)  # 新增注册企业1,086家，其中港资企业213家: added
                # too; 新引进科技企业248家，其中港资企业37家: brought in, not all the park's
            elif len(quantity.measure) >= 2 and (named := measure_owner(quantity, text, entities, self._lexicon)):
                measure = self.measure_key(named)
            else:
                continue
            measure = without_time_done(measure)
            measures[quantity.unit] = measure
            figure = self._figure(quantity, measure, text, source, dates, published, entities)
            if planned and not figure.is_target and _same_time(text, dates, previous_end, quantity.start):
                figure = replace(figure, date=aim, is_target=True)  # 今年将新增20万平方米，新引进…不少于25个
            planned, aim = figure.is_target, figure.date  # 预计…约有800名受惠，涉及开支约1亿港元: planned too
            previous_end = quantity.end
            facts.append(figure)
        if policy is not None:
            facts.append(policy)
        facts.extend(
            Fact(FactKind.ENTITY, name, text, source, entities=(name,))
            for name in entities
            if not _only_names(sentence, name)
        )
        if not any(f.kind is not FactKind.ENTITY for f in facts) and (_tells_something(text) or notice_field(text)):
            facts.append(Fact(FactKind.STATEMENT, "", text, source, entities=entities))
        return facts

    def _named_in(self, label: str, actors: tuple[str, ...]) -> tuple[str, ...]:
        """Of a sentence that tells several events (第一是…三期…交付；第二是…开通…专线), each is
        about the actors its own label names: the other items' are none of its."""
        own = set(entities_in(label, self._lexicon, self._segmenter))
        return tuple(actor for actor in actors if actor in own)

    def _actors(self, text: str, entities: tuple[str, ...]) -> tuple[str, ...]:
        """The sentence's entities less those only named as who told the news (记者从X获悉，…;
        局长孙东致辞时表示，大楼…预计落成: X told of the events, it is none of their actors)."""
        heard = HEARD.search(text) or _SPOKE.match(text)
        if heard is None:
            return entities
        speaker = heard.group(0)
        told_by = set(self._lexicon.entity_names_in(fold(speaker))) | {name for name in entities if name in speaker}
        named_after = set(self._lexicon.entity_names_in(fold(text[: heard.start()] + text[heard.end() :])))
        return tuple(name for name in entities if name not in told_by or name in named_after)

    def _figure(
        self,
        quantity: Quantity,
        measure: str,
        text: str,
        source: tuple[Source, ...],
        dates: list[DateMention],
        published: Published,
        entities: tuple[str, ...],
    ) -> Fact:
        target = target_date(text, quantity, dates, published)
        planned = (
            target is None
            and not level_before_change(text, quantity)
            and (
                _PLANNED.search(clause_before(text, quantity.start))
                or (
                    not dates
                    and (then := _THEN_TOLD.search(text, 0, quantity.start))
                    and not NOW_SAID_BEFORE.search(text, then.end(), quantity.start)
                )
            )
        )  # 届时…合共达一百个: by the time told before (see `_by_then`)
        as_of = None if target or planned else dated_as_of(text, quantity, dates, published)
        if as_of and as_of > published.iso[: len(as_of)]:
            target, as_of = as_of, None  # 2029年9月：交付使用，提供人才住房约1,200套: to be, not yet
        if (target or planned) and (first := _FIRST_OF_A_GROUP.fullmatch(measure)):
            measure = first.group("owner") + first.group("noun")  # 首批研究人员约40名，计划…扩充至120名: all then
        is_target = target is not None or bool(planned)
        return _figure_fact(quantity, measure, text, source, target or as_of, is_target, entities)

    def measure_key(self, measure: str) -> str:
        """The same measure under one name (科技科研人才 and 科研人才 → 科研人才), so that
        figures from different articles form one time series. A name inside another word
        (港企 inside 香港企业) does not count."""
        folded = fold(measure)
        kept = _KIND_OF_COUNT.match(folded)  # 新引进科研人才, 在孵科技企业: not all the talent or firms there are
        folded = folded[kept.end() :] if kept else folded
        if folded.endswith("港企"):
            return folded.removesuffix("港企") + "香港企业"  # 其中港企37家: Hong Kong's firms, not all tech firms
        names = self._lexicon.names_in(folded)
        if len(names) == 1 and not names[0][1].is_entity:
            name = names[0][0]
            if folded.endswith(name) and (len(name) >= 3 or name == folded) and len(name) * 2 >= len(folded):
                origin = folded[: -len(name)] if _ORIGIN_KIND.fullmatch(folded[: -len(name)]) else ""  # 港资科技企业
                return (kept.group("kind") if kept else "") + origin + names[0][1].canonical
        return measure


_ORIGIN_KIND = re.compile(r"港资|港澳|香港|外资|外商|海外|境外|内地|本地|国际")
"""港资科技企业 is not all the 科技企业: an origin is a kind of its own."""
_AWARDED = re.compile(r"(?:获得|荣获|摘得|夺得|获颁)[^，,。]{0,8}(?:奖|冠军|亚军|季军|金牌)")
"""…颁奖典礼在园区举行。X项目获得一等奖: an award given at the ceremony the sentence before held."""
_AFTER_ROUNDS = re.compile(r"^经过[^，,。]{0,12}(?:角逐|比拼|评审|竞逐|较量|激烈竞争)[，,]")
_AN_OCCASION = re.compile(
    r"(?:举行|举办|召开)[^，,。]{2,30}(?:会|论坛|典礼|仪式|活动|峰会|大赛)$"
    r"|(?:赛|论坛|峰会|大会)[^，,。]{0,20}(?:落幕|闭幕)$"
)


def _in_a_title(text: str, date: DateMention) -> bool:
    return any(m.start() < date.start < m.end() for m in _TITLED.finditer(text))


_AT_THE_OCCASION = re.compile(
    rf"(?:会议|会上|会后|大会|峰会|论坛|展会|博览会|活动|仪式)(?:上|期间|现场)?[，,]?[^，,。；;]{{0,12}}?(?:{EVENT_VERB.pattern}|确认|决定|同意)"
    r"(?![，,。：:；;]|$)"
)
"""会议审议通过了《X》, 会上，双方签署了…, 峰会期间将发布《Y》: what was (or will be) done at the meeting
the sentence before held (not 论坛以“…”为主题, which tells nothing done, nor 会议提出，…, which tells
what it said)."""
_AT_ITS_TIME = re.compile(r"^(?:会上|会后|会议上)[，,]")
_HEADED_ITEM = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*[\u4e00-\u9fff]{4,14}[：:]"
)
"""（一）加快河套深圳园区建设：推动…；启动…: a work report's heading (no deed of a day), then its deeds."""
_ANNOUNCES_ITEMS = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}[：:，,]|[^。；;]{4,40}?(?:获悉|了解到|得知|表示|介绍)[：:，,])?[“「]?[^，,。]{0,16}?"
    r"[一二三四五六七八九十两几\d]+(?:件|项|类|个方面|大)[^，,。]{0,6}[。：:][”」]?$"
)
"""明年有三件大事。, 清单显示，明年园区将重点推进三类项目。: a lead whose items follow in the next
sentence (第一，…；第二，…), also when quoted (“明年将重点推动两件事。”负责人介绍，一是…), said in an
interview (负责人：明年我们…) or heard (记者从…会上获悉，2027年园区将重点抓好四件事。)."""
_ITEMS_TO_FOLLOW = re.compile(
    r"[一二三四五六七八九十两几\d]+(?:件|项|类|个|大)(?:方面|领域)?(?:重点|主要|重大)?(?:工作|项目|事|实事|大事|任务|方面|领域)$"
)
"""明年园区将重点推进三类项目。一是…: a lead counting what its items will do is no event of its own
(发布2028年十项重点工作，其中包括：… is: the list's release)."""
_SIZE_OF_NAMED = re.compile(r"的[「“《]")
"""规模约五十亿元的「河套创科发展基金」: the size of the programme named next, which it carries."""
_VIDEO_TIME = re.compile(r"^\s*[（(]\d{1,2}[:：]\d{2}[）)]\s*")
"""（00:40）据介绍，…: where in a video's transcript, no time of the day."""
_ANOTHER_PLATFORM = re.compile(r"^\s*(?:横琴|前海|南沙|琴澳)(?:[\u4e00-\u9fff]{0,6})?[：:｜|]")
"""横琴：…, 前海｜…: a roundup's item on another of the Greater Bay Area's cooperation platforms."""
_ERRATUM = re.compile(r"^[（(]?(?:注|编者注|更正|勘误)[：:][^“「]*[“「][^”」]+[”」][^。]*?有误")
_CORRECTION = re.compile(r"[“「][^”」]{4,}[”」]\s*(?:有误[，,]?)?\s*应为\s*[“「](?P<right>[^”」]{4,})[”」]")
"""A correction (…一文中，“专线自11月20日起…”应为“专线自11月25日起…”): the right telling is the fact."""
_TITLED = re.compile(r"《[^》]*》")
_LIST_ITEM = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]{1,2}[，,、：:]|[一二三四五六七八九十]{1,2}是|首先|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|——|[①-⑳•·▪■●])"
)
"""一、, （二）, 3., ——, ①: an item of the list its lead (ending in ：) opened."""
_KIND_OF_COUNT = re.compile(
    r"^(?:园区|合作区|区内)?(?:年度|全年|今年|当年|本年)?"
    r"(?P<kind>走访的|新增|新引进|新设立|新认定|新签约|新落地|新注册|在孵|累计|跨境|海外|港澳|香港|国际|青年|高端|外籍)"
)
"""Words before a measure's name that count a different thing, kept when variants of the name are
made one (科技科研人才 → 科研人才, but 新引进科研人才 → 新引进科研人才, 跨境科技人才 → 跨境科研人才)."""
_NOT_WORDS = re.compile(r"[\W_]+")
_COUNTED_ONLY = re.compile(r"^(?:\d+|[一二三四五六七八九十]+)(?:大|项|条)")
_COUNT_OF_MEASURES = re.compile(r"(?:\d+|[一二三四五六七八九十]+)(?:大|项|条)(?:具体)?(?:措施|举措|政策)")
"""A policy named only by a count of its measures (12项措施)."""


_ITS = re.compile(r"(?:^|[，,：:；;])其$")
"""其 opening a clause: the firm told before (其第二代物流无人机已…获得…认证)."""


def _short_name_in(name: str, text: str) -> str:
    """How text names a firm named before in full (深圳纤羽科技有限公司 → 纤羽科技, 深蓝微构科技有限公司
    → 深蓝微构): the longest of its name without its place, its 有限公司 and its trade that text holds;
    "" if none, or if the full name is there."""
    if not name.endswith("公司") or name in text:
        return ""
    without_place = _PLACE_FIRST.sub("", _REGISTERED_IN.sub("", name))  # X科技（深圳）有限公司
    shorter = [without_place, _COMPANY_LAST.sub("", without_place)]
    while (trade := _TRADE_LAST.search(shorter[-1])) and trade.start() >= 2:
        shorter.append(shorter[-1][: trade.start()])  # 朔源生物科技 → 朔源生物 → 朔源
    return next((short for short in shorter if len(short) >= 2 and short in text), "")


_A_SUBSIDIARY = ("子公司", "附属公司")
_PLACE_FIRST = re.compile(r"^(?:深圳市?|香港|广东省?|广州市?)")
_REGISTERED_IN = re.compile(r"[（(][\u4e00-\u9fff]{2,3}[）)](?=(?:股份)?有限公司$)")
_COMPANY_LAST = re.compile(r"(?:股份)?有限公司$")
_TRADE_LAST = re.compile(r"(?:科技|生物|智能|医药|电子|材料|半导体|机器人|能源|光电|医疗)$")
_THIS_ONE_HAS = re.compile(
    r"^(?:该|这座|这个|此)(?P<noun>公寓|中心|大楼|大厦|基地|平台|园区|项目)(?=位于|共|总|设有|提供|拥有|建有|[，,])"
)
_PLAIN_MEASURE = re.compile(r"[\u4e00-\u9fff]{2,4}")
"""该公寓位于园区北区，共提供住房420套: the thing named before has them (a plain noun, no owner)."""
_CALLED = re.compile(r"[（(](?:以下)?简称[「“](?P<short>[^」”]{2,8})[」”][）)]")
_DEAL_MADE = re.compile(
    r"(?:订立|签订|签署|达成)了?(?P<deal>[\u4e00-\u9fff《》「」“”]{2,20}?(?:协议|合约|租约|合同|备忘录))"
)
_WHAT_TAKES_EFFECT = re.compile(r"协议|合约|租约|合同|备忘录|措施|办法|条例|规定|细则|计划|安排|任命|委任|》|」|”")
_FIRMS_OWN_NOTICE = re.compile(
    r"^(?P<firm>[\u4e00-\u9fffA-Za-z（）()]{4,30}?(?:有限公司|股份公司|集团))"
    r"(?:关于[^，,。]{2,30}的)?(?:招聘启事|招聘公告|公告|声明|启事|通知)。?$"
)
"""X有限公司招聘启事: a firm's own notice, whose 我司 and 公司 are X."""
_THE_FIRM = re.compile(r"^(?:(?:该|这家|此|本)(?:初创|科技|生物)?(?:公司|企业|集团)|我司|本司|公司|集团(?!公司))")
"""公司, 该公司, 这家初创企业, 我司 (a firm's own notice): the firm the article named last."""


_TIMETABLE_WORD = re.compile(r"时间表|路线图|进度表|时间节点|工作安排|建设历程|发展历程|大事记")
"""Looked for first: _TIMETABLE tries 24 characters at every place, and few sentences have one."""
_TIMETABLE = re.compile(
    rf"(?P<what>[\u4e00-\u9fff「」“”\d]{{2,24}}?)的?(?:建设|施工|工程|开发)?(?:{_TIMETABLE_WORD.pattern})"
)
_DATED_ITEM = re.compile(r"[^，,。：:]{2,14}[：:]")
_BULLETS = "▶►•·▪■●◆◇○□★☆ "
_BARE_PROJECT = re.compile(r"^(?:项目|工程)(?=[\u4e00-\u9fff]{2})")
_CHRONICLE = re.compile(
    r"(?P<what>[\u4e00-\u9fff「」“”\d]{2,24}?)(?:由|从)[\u4e00-\u9fff]{1,6}(?:到|至)[\u4e00-\u9fff]{1,6}(?:历时|用了|经历)"
)
"""港深创科园国际学人村由构思到落成历时约五年：: a story told in dated items, of what it names."""
_DATE_FIRST_LINE = re.compile(r"^\s*(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?\s+[\u4e00-\u9fff]")
_WORKS_BEGUN = re.compile(r"(?P<what>[\u4e00-\u9fff「」“”]{4,30}?)(?:正式)?(?:动工|开工|获批立项|立项)$")


_THE_FIRMS_DELEGATION = re.compile(r"(?:^|[^\u4e00-\u9fff]|是|的)公司代表团")
"""是次签约是公司代表团东南亚之行的一部分: the delegation a later bare 代表团 is, the firm's."""
_HELD_ANOTHER_DAY = re.compile(
    r"^(?P<host>主办方|主办单位|组委会|举办方)(?:会|将)?另(?:定|择|行安排)(?:日期|时间|日子)"
)
"""原定…举行的「X」因…而取消，主办方会于明年另定日期举行: X is held later, whoever holds it."""
_QUOTED_NAME = re.compile(r"[「“][^」”]{2,30}[」”]")
_THAT_FIRM_WITHIN = re.compile(r"(?<=[\u4e00-\u9fff])(?:该|这家)(?:初创)?(?:公司|企业)")
_GROUP_NAMED = re.compile(r"(?:^|(?<=[\s，,。；;：:」”])|(?<=公司|企业))(?P<name>[\u4e00-\u9fff]{2,4}集团)(?!公司)")
"""上市公司溪岸集团, 溪岸集团主席…: a group by its name, which a later bare 集团 stands for."""
_BARE_GROUP = re.compile(r"(?:^|(?<=[，,。；;：:]))集团(?!公司|总部|旗下)(?=[\u4e00-\u9fff])")


def _that_firm_named(text: str, firms: Collection[str]) -> str:
    """该公司 inside a clause (与X的股东签订协议，以现金…收购该公司70%股权) is the firm named just
    before it, whichever side of a deal that firm is on; a bare 集团 is the one group named.
    `firms` are the firms the article names anywhere (X may be named as a firm only later:
    X于2023年成立). 该公司 opening a clause is the doer named last (`Extractor._firm_named_last`)."""
    groups = {name for name in firms if name.endswith("集团")}
    if len(groups) == 1:  # …溪岸集团主席…表示，…；集团计划…: the one group the article names
        text = _BARE_GROUP.sub(groups.pop(), text)
    that = _THAT_FIRM_WITHIN.search(text)
    if that is None:
        return text
    before = fold(text[: that.start()])
    nearest = max(((before.rfind(name), name) for name in firms if name in before), default=(-1, ""))[1]
    return text[: that.start()] + nearest + text[that.end() :] if nearest else text


def _part_of_the_works(fact: Fact, told: list[Fact]) -> Fact:
    """【链接】项目大事记 … 2025年6月 项目动工 … 2026年8月 主体结构封顶: a chronology's bare step is of the
    works whose start its lines told (X动工), not a structure of nothing named."""
    if fact.kind is not FactKind.MILESTONE or not _PART_BUILT.match(fact.label):
        return fact
    begun = [m["what"] for f in told if f.kind is FactKind.MILESTONE and (m := _WORKS_BEGUN.search(f.label))]
    if not begun:
        return fact
    return replace(
        fact, label=begun[-1] + fact.label, text=f"【{begun[-1]}】{fact.text}", id=""
    )  # the line alone is bare


_PART_BUILT = re.compile(
    r"^(?:主体|主楼|大楼|结构|地基|基础|外墙|幕墙|首座|首栋|首幢|第[一二三四五六七八九十]座)"
    r"|^(?:动工|开工|平顶|封顶|落成|完工|竣工|启用|入伙|交付)"
)
"""A step of building that names no doer (主体大楼平顶, 动工)."""


_DONE_VERB = r"完成|建成|落成|竣工|投用|启用|开通|扩建|改建|改造|升级|迁入|入伙|开业"
_THEN_TOLD = re.compile(
    rf"届时|(?:^|[，,；;])[^，,。]{{0,8}}?(?:(?P<verb>{_DONE_VERB})后(?![一二两三四五六七八九十\d]{{1,2}}个?(?:年|月)内)"
    rf"|若能?(?:如期|按时)?(?P<once>{_DONE_VERB})(?=[，,]))"
)
"""届时, 改造完成后, 第二期若能如期落成，…: at the time of what the article told would be done,
not today (not 迁入后三年内, a span counted from it)."""
_ATTENDANCE_AIMED = re.compile(
    r"(?:预计|预料|料将|将)(?:每场|每日|每天)?(?:吸引|有)(?:[^，,。；;]|(?<=\d),(?=\d)){0,14}?"
    r"(?:参加|参与|参展|参会|到场|出席|参观|观展|入场|到访|游览|人次(?=[，,。；;]|$))"
)
"""论坛将于明天开幕。…预计吸引约1500名嘉宾参加: those expected at the occasion told before."""
_POSTED = re.compile(r"^[^｜|]{2,8}[｜|]")
"""活动预告｜走进河套声学实验室: a post under a column's name, whose title names its occasion."""
_CLOSERS = ("。", "！", "？", "；", "：", "!", "?", ";", ":", "”", "」", "）", ")")
_DONE_AT_LAST = re.compile(
    r"落成|建成|竣工|完工|投用|投入使用|投入服务|投入运行|投入运作|启用|开通|开业|交付|迁入|入伙|完成(?:整|全部)|全面完成"
)


_THEN_OPENS = re.compile(
    r"(?:[^，,。；;“”「」]{0,12}?[，,])?(?P<then>届时|到时)(?=[\u4e00-\u9fff]{4}|[，,][^，,。；;]{1,8}?(?:将|会)(?!议))"
)
"""运输署表示，届时来往…的专线巴士班次将…加密; 届时，两地将…开设…: what is to be then, a sentence of
no date of its own (not 届时，…只需约10分钟: a state then, no deed)."""


_UNNAMED_FIRM_SPEAKING = re.compile(
    r"(?:^|[，,。])(?:有|一间|一家|某)(?P<firm>[\u4e00-\u9fff]{2,12}?(?:公司|企业))的?"
    r"(?:负责人|发言人|代表|创办人|创始人|主管)(?:说|表示|指|称|透露)"
)
_GENERIC_FIRM = re.compile(r"^(?:该|本|这家|一家)?(?:公司|企业|集团|初创)|兼$")
"""公司负责人, 企业创始人兼…: a firm the story named before speaks, not one named here."""
_OCCASION_IN_A_MEASURE = 16
"""Characters of an occasion's name a measure takes (…2039年第二季度重大项目集中签约活动 is too long)."""
_HEAD_SPEAKING_OF_A_FIRM = re.compile(
    r"(?:^|[，,。])(?P<firm>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:(?:人力资源|市场|技术|研发|财务|公关|品牌|销售)部?)?"
    r"(?:负责人|创始人|创办人|发言人|首席执行官|总经理|董事长)"
    r"(?:[\u4e00-\u9fff]{2,3})?(?:说|表示|透露|介绍|称)[，,：:]公司"
)
"""飞鹭即送负责人透露，公司计划…; X人力资源负责人介绍，公司…: the body whose head (or whose department's
head) speaks is the firm a 公司 after it stands for."""
_FIRM_DISCLOSING = re.compile(
    r"(?:^|[，,。])(?:总部位于[^，,。的]{2,12}的)?(?:[\u4e00-\u9fff]{2,6}企业)?(?P<firm>[\u4e00-\u9fff]{2,10}?)"
    r"(?:昨晚|昨日|今日|今天|日前|近日)?(?:在[^，,。]{2,10})?(?:披露|公告|公布|宣布)[，,]公司"
)
"""…的服务机器人企业栩川机器人昨晚在港交所披露，公司已…: the firm disclosing is the 公司 after it."""
_ACTIVITY_HELD = re.compile(
    r"(?:举办|举行|开展|推出)(?P<what>[\u4e00-\u9fff]{2,12}?(?:活动|讲座|课程|工作坊|体验营|分享会))"
)
"""举办包饺子体验活动，…，报名将于本周五截止: the activity the same sentence holds, whose call it is."""
_OCCASION_ITS_DAY = re.compile(
    r"^(?:[^，,。；;]{2,12}?(?:提醒|表示|指出|称)[，,])?"
    r"(?P<what>[\u4e00-\u9fff]{1,10}?(?:日|节|展|周|营|典礼|大会|论坛)|活动|比赛|赛事)(?:当天|当日)"
)
"""开放日当天, (主办机构提醒，)活动当日…: the day the occasion was set for."""
_ANY_OCCASION = frozenset({"活动", "比赛", "赛事"})


def _day_held(occasion: str, told: list[Fact]) -> str | None:
    """The day of the last milestone the article told of `occasion` (开放日…改于12日举行), if any;
    of a bare 活动 or 比赛, the last occasion held (X慈善跑将于本月20日举行。…活动当日…)."""
    return next(
        (
            f.date
            for f in reversed(told)
            if f.kind is FactKind.MILESTONE
            and f.date
            and len(f.date) == 10
            and (occasion in f.label or (occasion in _ANY_OCCASION and f.event == "hold"))
        ),
        None,
    )


def _aimed_last(told: list[Fact]) -> str | None:
    """The day of the milestone aimed at last (the 届时 a next sentence says), if the article told one."""
    return next((f.date for f in reversed(told) if f.kind is FactKind.MILESTONE and f.is_target and f.date), None)


def _time_by_then(piece: str, told: list[Fact]) -> str | None:
    """When a sentence's figures told 届时 (or those expected at an occasion) or after a thing
    is done hold: 届时, the aim told last; 建成后, the latest aim of something done (落成,
    投用…), not a start of works (主体工程明年动工。…落成后将提供约40万平方米: no date said)."""
    then = _THEN_TOLD.search(piece) or _ATTENDANCE_AIMED.search(piece)
    if then is None:
        return None
    if then.group(0) == "届时" or then.re is _ATTENDANCE_AIMED:
        return _aimed_last(told)
    aims = [f for f in told if f.kind is FactKind.MILESTONE and f.is_target and f.date]
    same = [f.date for f in aims if (then.group("verb") or then.group("once")) in f.label]  # 迁入后: when they move in
    done = [f.date for f in aims if f.date and _DONE_AT_LAST.search(f.label)]
    return same[-1] if same else max(done) if done else None


_CLEFT = re.compile(
    r"(?<=[\u4e00-\u9fff])是(?:在|于)?(?P<told>(?:\d{4}年|今年|去年|前年|上月|上周|[一二三四五六七八九十\d]{1,2}月)[^，,。；;]{2,30}?)的(?=[，,。！!；;]|$)"
)
"""我是在今年三月从伦敦搬到港深创科园的。: the cleft says when a deed was done; it reads as the deed itself."""
_YEAR_THEN_MONTH = re.compile(
    r"(?:^|(?<=[，,。；;]))(?P<year>去年|今年|明年|前年)(?P<what>[^，,。；;\d年月日]{2,16}?)(?P<at>于|在)"
    r"(?P<month>(?:1[0-2]|[1-9])月)"
)
"""去年首届市集于12月中举行: the year and its month are one date, told apart (首届市集于去年12月中举行)."""
_BEAT_THEN_WON = re.compile(
    r"(?P<beat>(?:战胜|击败|力克|险胜|击退)[^，,。；;]{2,16}?)[，,](?:并|最终)?"
    r"(?=(?:夺得|获得|摘得|勇夺|赢得)[^，,。；;]{0,6}?(?:冠军|亚军|季军|金牌|银牌|铜牌))"
)
"""X以3:1战胜Y，夺得冠军: the win is the deed, the match its means; one clause (X以3:1战胜Y夺得冠军)."""
_AUTHOR_TOLD = re.compile(r"[（(]作者(?:为|是|系)[^）)]{2,40}[）)]\s*$")
_I_FIRST = re.compile(r"^我(?![们校国市区院所司])")
_LEFT_BY_THE_AUTHOR = re.compile(r"^(?:会|将|预计|计划|希望|打算|准备|邀请|已)(?=[\u4e00-\u9fff]{2})")


def _narrator(body: str) -> str:
    """Who 我 is in a first-person piece: 作者 in a column signed （作者为…）; the person named in an
    oral account's lead (（叶思源，1991年出生于…。以下为其口述，经记者整理。）); "" otherwise."""
    if _AUTHOR_TOLD.search(body):
        return "作者"
    if (told := _ORAL_ACCOUNT.search(body)) and (told["who"][0] in SURNAMES or told["who"][:2] in SURNAMES):
        return told["who"]
    return ""


_ORAL_ACCOUNT = re.compile(r"^[（(](?P<who>[\u4e00-\u9fff]{2,4})[，,][^）)]{4,120}?以下(?:为|是)(?:其|他|她)的?口述")


def _by_the_author(fact: Fact, narrator: str) -> Fact:
    """In a column signed （作者为…）: 我们的第一篇论文…被接收 is the author's team's, 我会回英国… the
    author's (the label had lost its 我 and read 的第一篇论文…, 会回英国…); so in an oral account,
    of the one telling it."""
    if fact.kind is not FactKind.MILESTONE:
        return fact
    said = fold(min(fact.sources).sentence)
    if fact.label.startswith("的"):
        return replace(fact, label=narrator + "团队" + fact.label)
    if _WE.search(said) and not _I_FIRST.match(said) and not fact.label.startswith((narrator, "我")):
        return replace(fact, label=narrator + "团队" + fact.label)  # 2022年，我们拿到了第一笔天使投资: their team's
    told_by_me = _I_FIRST.match(said) and not fact.label.startswith((narrator, "我"))
    return replace(fact, label=narrator + fact.label) if told_by_me or _LEFT_BY_THE_AUTHOR.match(fact.label) else fact


_WE = re.compile(r"我们(?!校)")


_ITINERARY_LEAD = re.compile(r"(?:行程|日程|流程|议程)(?:安排)?(?:如下)?[：:]")
_CLOCK_LINE = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d")
_FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}[：:]")


def _of_the_project(fact: Fact, project: str) -> Fact:
    """项目名称：X … 建设规模：总建筑面积约12.6万平方米: X's figures, which its fields give without its name."""
    if fact.kind is not FactKind.FIGURE or not fact.measure or fact.measure.startswith(project):
        return fact
    return _remeasured(fact, project + fact.measure)


_BARE_LEVEL = re.compile(
    r"(?P<aim>(?:预计|将|计划|力争|争取)?(?:增至|增加至|增加到|扩大至|扩大到|提升至|提高至|达到)(?P<raw>[^，,。；;]{1,12}))$"
)


def _levels_named(told: list[Fact]) -> list[Fact]:
    """现时已有约140间机构进驻，预计明年底前增至200间: the milestone says what grows (进驻机构预计增至200
    间), as the sentence's figure of that level does, not 公司预计增至200间."""
    measures = {
        f.label.removeprefix(f"{f.measure} "): f.measure for f in told if f.kind is FactKind.FIGURE and f.measure
    }
    named = []
    for fact in told:
        level = _BARE_LEVEL.search(fact.label) if fact.kind is FactKind.MILESTONE else None
        measure = measures.get(level["raw"]) if level else None
        if level and measure and measure[-2:] not in fact.label:  # not 把员工人数由…增至…: named there
            fact = replace(fact, label=measure + fact.label[level.start("aim") :])
        named.append(fact)
    return named


_BATCH_OF = re.compile(r"(?:首批|第[一二三四五六七八九十\d]{1,2}批|其余|余下|剩余)$")


def _of_the_provider(fact: Fact, told: list[Fact]) -> Fact:
    """X的科研人员住宿提供约1,000个单位。首批约300个单位已于…开始登记: a batch of X's places,
    not places of nothing named (nor X's all: a batch is its own measure, no series with them)."""
    if fact.kind is not FactKind.FIGURE or fact.measure not in PLACES_PROVIDED:
        return fact
    noun = fact.measure
    wholes = [f.measure for f in told if f.kind is FactKind.FIGURE and f.measure and f.measure.endswith(noun)]
    told_as = fact.label.removeprefix(noun).strip()
    batch = _BATCH_OF.search(fact.text, 0, max(0, fact.text.find(told_as)))
    if not wholes or wholes[-1] == noun or batch is None:
        return fact
    return _remeasured(fact, wholes[-1].removesuffix(noun) + batch.group(0) + noun)


def _by_then(fact: Fact, then: str) -> Fact:
    """书展将于本月18日举行。…届时将有80余家出版机构参展: a figure aimed for then, in a sentence
    that names no date, is of the time `_time_by_then` found."""
    if fact.kind is FactKind.FIGURE and fact.is_target and fact.date is None:
        return replace(fact, date=then)
    return fact


def _step_of(fact: Fact, scheduled: str, chronicle: bool = False) -> Fact:
    """A timetable's dated step (2028年底前：主体结构封顶) is a step of what its lead named (河套
    国际人才社区三期建设时间表已经确定：): 项目 stands for it, and a step without it is its step.
    A story's items (X由构思到落成历时五年：▶2027年2月：城规会批准改划用途) name their doers; only
    a bare step (项目动工, 主体大楼平顶) is the thing's."""
    if fact.kind is not FactKind.MILESTONE or scheduled in fact.label:
        return fact
    if chronicle and not (_BARE_PROJECT.match(fact.label) or _PART_BUILT.match(fact.label)):
        return fact
    text = fact.text if scheduled in fact.text else f"{scheduled}：{fact.text.lstrip(_BULLETS)}"  # a line of its own
    return replace(fact, label=scheduled + _BARE_PROJECT.sub("", fact.label), text=text, id="")


def _of_the_topic(fact: Fact, field: str, topic: str, told: str) -> Fact:
    """A notice's or a post's field (开放时间：逢星期六…) tells of what its title names, which the
    line does not: its text carries the title, so that a question naming it finds the line."""
    held = _HELD_UNDER_A_TITLE.match(fact.label) if fact.kind is FactKind.MILESTONE else None
    if held and (of := _CALL_OPENED.sub("", _TOPIC_WORDING.sub("", topic))):  # …招聘公告 … 笔试时间：…: its exam
        return replace(fact, label=of + (fact.label if held["exam"] else "举行"))  # 会议时间：…: X is held then
    if fact.kind is FactKind.MILESTONE and (window := _WINDOW.match(fact.label)):
        of = _TOPIC_WORDING.sub("", topic)  # 开展2029年度河套创新券申报工作 → 河套创新券申报
        if of.endswith(window.group("act")) and not fact.label.startswith(of):
            return replace(fact, label=of + fact.label[window.end("act") :])  # 申报截止: 河套创新券申报截止
        named = is_occasion_name(of) and not _HOLDING.search(of)  # not X将举行听证会, a headline telling it
        of = of if named else occasion_named_last(told) or _title_head(of)  # the occasion told of
        if of and not fact.label.startswith(of):
            return replace(fact, label=of + fact.label)  # 关于举办X的通知 … 报名截止: X报名截止
    if fact.kind in (FactKind.ENTITY, FactKind.MILESTONE) or topic in fact.text:
        return fact
    return replace(fact, text=f"【{topic}】{field}", id="")


def _of_the_explainer(fact: Fact, explained: str) -> Fact:
    """一图读懂｜X … 答：每人每月3000元，最长补贴6个月: an answer tells of what the explainer's title
    names, which the line does not; its text carries the title, as a notice's field does."""
    if fact.kind in (FactKind.ENTITY, FactKind.MILESTONE) or explained in fact.text:
        return fact
    return replace(fact, text=f"【{explained}】{fact.text}", id="")


def _title_head(topic: str) -> str:
    """招募｜类器官开放实验室首批用户，名额20个: what the call is for (the title's first clause),
    where no occasion was named; "" when that clause is too short or too long to name one."""
    head = _CALL_OPENED.sub("", re.split(r"[，,。！!？?：:]", topic)[0])  # X招聘启动: X招聘
    return head if 4 <= len(head) <= 16 else ""


_CALL_OPENED = re.compile(r"(?:正式)?(?:启动|开始|开启|来了|来啦|啦)$")


_EXPLAINER = re.compile(r"(?:一图读懂|一文读懂|一文看清|一文看懂|一文睇清|一图看懂|图解|解读|问答|十问|划重点)[｜|:：]")
_BARE_STEP = re.compile(
    r"^(?:首批|第一批)?(?:名单|结果|申请|受理)?(?:将|预计|计划)?(?:开始受理|受理|公布|发布|实施|施行|上线)$"
)
"""开始受理, 首批名单预计公布: a step of what an explainer's title names, which the answer leaves out."""
_CALL_OF = re.compile(
    r"(?:(?:19|20)\d{2})?[\u4e00-\u9fff]{2,14}?(?:计划|营|大赛|论坛|开放日|峰会|大会|招聘会|沙龙|讲座|课程|补贴|资助|奖励)"
    r"(?:(?:19|20)\d{2}(?!年)|第[\d一二三四五六七八九十]+期)?"
)
"""The programme or occasion a title opens with (河套青年实习计划2032, 河套量子科技开放日等你来)."""
_HOLDING = re.compile(r"将|举办|举行|主办|开办|将办|首办|承办|筹办|[本下]月|[本下]周|[今明]年|明天|明日")
"""河套深圳园区将办年末专场招聘会: a headline telling an occasion, not the occasion's name."""
_ISSUED_BY = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:发布|推出|公布|印发|出台)(?=[\u4e00-\u9fff]{4})")
_BARE_WINDOW = re.compile(
    r"^(?:申报|报名|申请|征集|预约|登记)(?:将|预计|已)?(?:开始|截止|结束|开启)$"
    r"|^(?:申报|申请|报名)(?:系统|通道|渠道)(?:将|预计)?(?:开放|关闭|上线|开启)$"
)
"""报名将开始, 报名截止: a call of what the article is about, which the label does not name."""
_OPEN_TO_THE_PUBLIC = re.compile(
    r"[「“]([^」”]{2,20}?(?:团|营|班|活动|计划|比赛|大赛|课程|市集|讲座|工作坊|奖学金|助学金|基金|大奖))[」”]"
)
"""「河套湿地生态导赏团」: an activity the public signs up for, whose call a bare 报名截止 is."""
_WINDOW = re.compile(r"^(?P<act>申报|报名|申请|预约|征集)(?:开始|截止|结束)$")
_HELD_UNDER_A_TITLE = re.compile(r"^(?:(?P<exam>笔试|面试|考试|答辩|初赛|复赛|半决赛|总决赛|决赛)|会议)举行$")
"""笔试时间：2032年5月16日上午, under a recruitment notice: its exam, which the field does not name
(决赛时间：…, under a contest's: its final);
会议时间：…, under 关于举办X的通知: X itself."""
_BARE_RESULTS = re.compile(
    r"^(?:评审|评选|审核|立项|录用|录取|抽签)?(?:结果|名单)(?:将|预计|拟)?(?:在|于)?[\u4e00-\u9fff]{0,6}?公布$"
    r"|^(?:面试|笔试|复试|考核|入学评估|入学测试|入学面试)(?:将|预计|拟)?(?:进行|举行)$"
)
"""评审结果预计于…公布, 面试预计于1月下旬进行: a step of the call a notice's title names."""
_CALLS = ("申报", "报名", "申请", "征集", "招收", "招聘", "招募")
_CALL_WORD = re.compile("|".join(_CALLS))
_TO_BE_LET = re.compile(
    r"(?:^|(?<=[，,。；;）)]))([^，,。；;（）()]{2,20}?)(?:将|会|即将|正在)?(?:陆续|分批)?(配租|出租|招生|招募|招聘)"
    r"(?:工作)?(?:正式)?(?:启动|开始|展开)?(?=[，,。；;]|$)"
)


def _a_papers_year(piece: str, date: DateMention, dates: list[DateMention]) -> bool:
    """发展署表示，12月将举办…，并发布2027年园区企业扶持政策清单: the year names the list, and 12月,
    told in a clause before, times its release (园区近日公布2027年X计划: 近日 times it in its own
    clause, and the year is left to the milestone's reading)."""
    return (
        piece.endswith(_ISSUES, 0, date.start)
        and _A_YEARS_PAPER.match(piece, date.start) is not None
        and any(other.end <= start_of_clause(piece, date.start) for other in dates if other is not date)
    )


_ISSUES = ("发布", "出台", "印发", "公布", "编制", "制定")
_A_YEARS_PAPER = re.compile(
    r"(?:19|20)\d{2}年(?![\d一二三四五六七八九十]{1,2}月|底|初|前|内|起|后)[^，,。；;]{2,20}?"
    r"(?:清单|计划|方案|报告|白皮书|名单|要点|指南|目录)"
)
"""发布2027年园区企业扶持政策清单: a year naming what is issued, not when it is."""
_TOWER_TOLD = re.compile(
    r"(?:^|(?<=[，,。；;的]))((?:(?!的)[\u4e00-\u9fff]){2,14}?(?:科研楼|综合楼|办公楼|实验楼|大厦))(?=[于将已在，,。])"
)
"""河套深圳园区听涛科研楼于…竣工: the building a later bare 大楼 is."""
_NTH_BATCH_OF_PROJECTS = re.compile(r"^(?P<nth>第[一二三四五六七八九十\d]+批)项目")
_PROJECTS_IN_BATCHES = re.compile(r"第[一二三四五六七八九十\d]+批([“「][^”」]{2,20}?项目[”」])")
_LIST_ON_NOTICE = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,4}?)(?:名单|结果)公示(?:开始|截止)$")
_WORDING_FIRST = re.compile(r"^(?:关于|现将|现就)?(?:公布|发布|印发|开展)?")
_BARE_NOTICE = re.compile(r"^公示(?:将|预计)?(?:开始|截止)$")
_SHOWN_BY_TITLE = re.compile(r"^(?:关于)?(?P<what>.{4,60}?)的?(?=公示$)")
"""X施工总承包中标候选人公示: what a bare 公示期：A至B is the notice of."""
_NOTICE_KINDS = ("公告", "通知", "简章", "启事")
_CALL_ANNOUNCED = re.compile(
    r"(?:^|(?<=[，,。；;]))(?P<who>[^，,。；;]{2,20}?(?:学校|学院|大学|中心|研究院|实验室|公司|园区))?"
    r"(?:近日|日前|今日|昨日|正式)?(?:发布|公布|推出)(?:了)?"
    r"(?P<call>[^，,。；;「“]{4,30}?(?:招生|招聘|招收|招募))(?:简章|公告|启事|计划|通知)"
)
"""X学校发布2027—2028学年招生简章: the call whose window and steps a later bare 报名开始 or 录取结果 are."""
_BARE_TENDER = re.compile(r"^投标(?:文件递交)?(?:将|预计)?截止$")
_HELD_AGAIN = re.compile(r"再(?:次)?(?:举办|举行)$")
_HELD_TOLD = re.compile(
    r"(?:举办|举行)(?:了)?([\u4e00-\u9fff]{0,10}?(?:开放日|嘉年华|论坛|峰会|大会|展览|博览会|市集|科学节|音乐节|文化节))"
)
_FIRST_ONE = re.compile(r"^(?:首个|首届|首次|第[一二三四五六七八九十\d]+届)")
"""…举行首个公众开放日…。…明年会再举办: what is held again, the occasion told (not its first)."""
_TENDER_NOTICE = re.compile(r"^(?P<what>.{4,40}?)(?:公开)?招标$")
"""X施工总承包招标公告: the works whose tender a bare 投标截止 closes."""
_TOPIC_WORDING = re.compile(
    r"^(?:开展|组织|做好|启动|举办|举行)|工作$|(?:公告|通知|公示|启事|简章)$|(?:19|20)\d{2}年度?"
    r"|^(?:本周|下周|周|星期)[一二三四五六日天]|^(?:今|明)[日天晚]"
)
"""开展2029年度X申报工作: the notice's wording and its year around what it is about."""


def _at_the_occasion(fact: Fact, occasion: str) -> Fact:
    """A deed done at an occasion the sentence before told (…颁奖典礼在园区举行。X项目获得一等奖)
    has that occasion in its text, which search reads."""
    if fact.kind is not FactKind.MILESTONE or occasion in fact.text:
        return fact
    return replace(fact, text=f"{occasion}：{fact.text}", id="")


_REPORT_NAMED = re.compile(r"(?P<year>(?:19|20)\d{2})年(?P<kind>半年度|年度|第?[一三]季度)报告")
_REPORT_PERIOD = {"半年度": "年上半年", "年度": "年", "第一季度": "年第一季度", "一季度": "年第一季度"}
_WITHIN_THE_REPORT = re.compile(r"(?:报告期内|分(?:业务|产品|地区|区域|板块)看)[，,]?")


def _period_opening(piece: str, dates: list[DateMention]) -> str:
    """The period a sentence is of, whose totals the next one's 其中 or 新增… go on in: its first
    date, or one opening a clause (记者前天获悉，今年前三季度，…), with a range's start (1—10月);
    not a period inside a name (2051年第一季度重大项目集中签约活动)."""
    for n, date in enumerate(dates):
        start = date.start - len(ranged[0]) if (ranged := _RANGE_START.search(piece, 0, date.start)) else date.start
        opens = n == 0 or start == start_of_clause(piece, start) or dates[n - 1].end == start
        if opens and _OF_A_PERIOD.search(said := piece[start : date.end]):
            return said
    return ""


_DASH_ITEM = re.compile(r"^\s*——(?=[\u4e00-\u9fff])")
_COUNTED_OVER = re.compile(r"月|季度|半年")
"""发布今年1—11月主要指标：——产值218.6亿元；——…: each item of the lead's months (not a work report's
——创新平台加快集聚, a heading of the year reviewed)."""
_RANGE_START = re.compile(r"\d{1,2}[—\-－至~]$")


def _period_reported(piece: str) -> str:
    """The period a firm's report covers, as a date phrase: 2036年半年度报告 → 2036年上半年, 2036年
    第三季度报告 → 2036年前三季度; "" if the piece names no report."""
    if not (report := _REPORT_NAMED.search(piece)):
        return ""
    return report["year"] + _REPORT_PERIOD.get(report["kind"], "年前三季度")


def _figure_fact(
    quantity: Quantity,
    measure: str,
    text: str,
    source: tuple[Source, ...],
    date: str | None,
    is_target: bool,
    entities: tuple[str, ...],
) -> Fact:
    """A figure fact of `quantity` under `measure`, true (or aimed for) at `date`."""
    return Fact(
        FactKind.FIGURE,
        f"{measure} {quantity.raw}",
        text,
        source,
        date=date,
        is_target=is_target,
        measure=measure,
        value=quantity.value,
        unit=quantity.unit,
        qualifier=quantity.qualifier or None,
        entities=entities,
    )


def _headline(title: str) -> str:
    """The title as a sentence read before the body (直击｜河套深港青年科创大赛决赛 names the
    contest 本届大赛 stands for), without a column's name before its bar, nor the 记 of a
    profile's subtitle (——记X实验室主任Y: the laboratory is X实验室)."""
    return _PROFILED.sub("", without_column(title).strip()) + "。"


_PROFILED = re.compile(r"(?<=[—\-－―])记(?=[\u4e00-\u9fff])")


def _referent_told(fact: Fact, told: str, firm: str = "", headline: str = "", explained: str = "") -> Fact:
    """该基地 in a label or a measure stands for the name the article gave before (or its title
    gave: 本届大赛 under 直击｜河套深港青年科创大赛决赛); 公司 opening a label, for the firm it
    named last (灵犀机器人…。2022年，公司把研发中心搬进…); a bare step (开始受理) under an
    explainer's title, for what it `explained`."""
    if fact.kind is FactKind.MILESTONE:
        if firm and _ORDINAL_THING.match(fact.label) and _FIRM_BUILDS.search(fact.text):
            return replace(fact, label=firm + fact.label)  # 公司正于园区兴建第二条生产线，预计…投产: the firm's
        if firm and _ITS_NTH_PRODUCT.match(fact.label) and (firm in fact.text or "公司" in fact.text):
            return replace(fact, label=firm + fact.label)  # 公司2022年入驻…，2024年首款产品获批上市: the firm's
        if firm and _A_FIRMS_BOARD.match(fact.label):
            return replace(fact, label=firm + fact.label)  # 尚需提交公司股东大会审议，股东大会定于…召开: the firm's
        if firm and _ITS_OWN_SITE.match(fact.label) and _THE_FIRM_SAYS.search(fact.text):
            return replace(fact, label=firm + fact.label)  # 公司表示，位于园区的第二研发中心已于4月投入使用
        if (part := _PART_OF_THE_WORKS.match(fact.label)) and (wholes := _WORKS_OWNED.findall(told + fact.text)):
            whole, rest = wholes[-1], fact.label[part.end() :]  # X的地基工程已于9月完成，上盖工程预计明年展开
            return replace(fact, label=whole + (rest if _WHOLE_DONE.search(rest) else "的" + fact.label))
        if (lettered := _MEASURES_BY_LETTER.match(fact.label)) and (items := dict(_LETTERED_ITEM.findall(told))):
            lettered_items = [items.get(letter, "") for letter in re.findall(r"[a-z]", lettered.group(0))]
            if all(lettered_items):  # 三项措施包括：（a）把…；（b）为…。措施（a）及（b）由…起生效: what they do
                return replace(fact, label="及".join(lettered_items) + "的措施" + fact.label[lettered.end() :])
        if (title := _BARE_TITLE.match(fact.label)) and (
            offices := [office for office, held in _TITLE_TOLD.findall(told) if held == title.group(0)]
        ):
            return replace(fact, label=offices[-1] + fact.label)  # X局局长今日率团…。局长上午…: X局's
        if (builder := _BUILDER.match(fact.label)) and (projects := _PROJECT_TOLD.findall(told)):
            return replace(fact, label=projects[-1] + fact.label[builder.end() :])  # X项目…。建设单位计划…动工: X
        if (
            _CAREER_STEP.match(fact.label)
            and (said := _PERSON_SAID.match(fact.text))
            and said["who"][0] in SURNAMES
            and said["who"] not in fact.label
        ):
            return replace(fact, label=said["who"] + fact.label)  # 黎黛说，明年博士后出站后…: her leaving the post
        if _LAST_RITES.match(fact.label) and (people := people_in(told)):
            return replace(fact, label=f"{people[-1]}的{fact.label}")  # X教授…病逝…。丧礼将于本月20日…举行: X's
        if _RESULTS_ALONE.match(fact.label) and (
            contests := [name for name in _CONTEST_NAMED.findall(told) if not _CALLED_BY_THIS.match(name)]
        ):
            return replace(fact, label=contests[-1] + fact.label)  # X考试在…举行。…成绩预计将于…公布: X's
        if (done := _AUTHORITY_DONE.match(fact.label)) and (built := _WAY_NAMED.findall(told)):
            return replace(fact, label=built[-1] + fact.label[done.end("who") :])  # X通道…咨询。…2029年完成建造: X
        if fact.label.startswith(("道路", "该路", "路段")) and (roads := _WAY_NAMED.findall(told)):
            return replace(fact, label=roads[-1] + fact.label[2:])  # 驶经X连接路…。道路至今日凌晨…才重开: X连接路
        if (used := _PUT_TO_USE.match(fact.label)) and (made := _MADE_NEW.findall(told + fact.text)):
            return replace(
                fact, label=made[-1] + fact.label[max(used.end("maker"), 0) :]
            )  # 研发出一种X…，预计最快…可应用于Y: X
        if (inside := _IN_THE_PARK.match(fact.label)) and (parks := _PARK_NAMED.findall(told + fact.text)):
            return replace(fact, label=parks[0] + fact.label[inside.end() :])  # X今日暂停开放，园内所有活动取消
        if (
            fact.label.endswith("生效")
            and not _WHAT_TAKES_EFFECT.search(fact.label)
            and (deal := _DEAL_MADE.search(fact.text))
        ):
            return replace(fact, label=deal.group("deal") + "生效")  # 订立租赁协议，…，自2027年2月1日起生效: the lease
        if (later := _HELD_ANOTHER_DAY.match(fact.label)) and (
            quoted := _QUOTED_NAME.findall(fact.text[: fact.text.find(later["host"])])
        ):
            return replace(
                fact, label=quoted[-1] + fact.label[later.end("host") :].lstrip("会将")
            )  # 主办方会于明年另定日期举行
        if firm and fact.label.startswith("代表团") and _THE_FIRMS_DELEGATION.search(told + fact.text):
            return replace(fact, label=firm + fact.label)  # 公司代表团…之行。代表团本周一抵达…: the firm's
        if firm and _THE_FIRM.match(fact.label):
            return replace(fact, label=_ALSO_BEFORE_TENSE.sub("", firm + _THE_FIRM.sub("", fact.label, count=1)))
        if _A_BATCH_OF_FLATS.match(fact.label) and (flats := _FLATS_NAMED.findall(headline + told + fact.text)):
            return replace(fact, label=flats[-1] + fact.label)  # …人才公寓配租结果的通知: 本批住房可于…入住
        if (extended := _SCHEME_EXTENDED.match(fact.label)) and (schemes := _PLAN_QUOTED.findall(told)):
            rest = fact.label[extended.end() :]
            return replace(fact, label=schemes[-1] + ("" if rest.startswith("将") else "将") + rest)  # 计划将由…扩展至…
        at = fact.text.find(fact.label[:3])
        while at >= 0 and fact.text[at + 3 : at + 4] in ("」", "”", "》"):  # 合办「X研究所」，研究所预计…: the second
            at = fact.text.find(fact.label[:3], at + 1)
        if at >= 0 and (longer := fact.text.find(fact.label[:5], at)) > at:
            at = longer  # X实验室由…发起；2024年，实验室迁入…: the bare one the label opens with, not X's
        if at < 0 and _COUNT_LAST.search(fact.label):
            at = fact.text.find(fact.label[-4:])  # 园区…已有21台X，明年还将新增约15台: where the count is
        at = at if at >= 0 else fact.text.rfind(fact.label[:2])  # 大楼…，预计年底落成: the label's head, last told
        before = fact.text[: max(0, at)]  # 这是第三宗科研用地，前两宗…: this sentence's
        if firm and _ITS.search(before) and not fact.label.startswith(firm):
            return replace(fact, label=firm + fact.label)  # …公司成立于2030年。其第二代无人机已…获得认证: the firm's
        planned = (
            _PLAN_VERB.match(fact.label)
            and before.rstrip()[-1:] not in ("", *CLAUSE_MARK)
            and not SCHEME_FROM.search(fact.text)
        )
        named = fact.label if planned else with_referent(fact.label, told + before)  # 我们计划…: no plan's name
        if firm and named.startswith("其") and not fact.label.startswith("其"):
            named = firm + named[1:]  # X宣布在园区设立其研发中心。中心预计…启用: X's centre, not 其
        label = _owner_of_the_ordinal(_edition_named(named, told + before), told + before)
        label = _series_of_the_nth(label, told + before)
        if firm and fact.label.startswith("双方") and _THE_FIRM.match(label):
            label = firm + _THE_FIRM.sub("", label, count=1)  # 公司已与X签署…，双方将…: the firm and X
        if _LATER_SECTION.match(label) and (routes := _ROUTE_NAMED.findall(told + before)):
            label = routes[-1] + label  # 连接…的单车径将于本月底开通。…第二段延伸工程则会…展开: the cycle track's
        if (stage := _A_STAGE.match(label)) and (staged := _BUILT_IN_STAGES.findall(told + before)):
            works = "工程" if staged[-1].endswith("工程") else ""  # X扩建工程…首阶段工程: X扩建工程首阶段
            whole = staged[-1] if staged[-1] not in BARE_NOUNS else referent_of(staged[-1], told + before) or staged[-1]
            label = whole + stage.group("stage") + label[stage.end() :].removeprefix(works)  # 工程将分两个阶段: X's
        elif _LATER_STAGE.match(label) and (first := _FIRST_STAGE.findall(told + before)) and first[-1] != "工程":
            label = first[-1] + label  # 首阶段电动车充电站…。第二阶段工程预计…完成: the chargers' second stage
        if _PHASE_ALONE.match(label) and _IN_PHASES.search(fact.text) and (built := _BUILDS_A.findall(told)):
            label = built[-1] + label  # 拟在园区建设X基地。…分两期建设：一期…，预计2027年底建成投产: X's
        elif _PHASE_ALONE.match(label) and (owners := _FIRST_PHASE_OWNER.findall(told + before)):
            owner = referent_name(owners[-1], told + before) or (owners[-1] if len(owners[-1]) > 3 else "")
            label = owner + label if owner else label  # 平台一期已于3月投入使用，二期工程…预计…: the platform's
        elif _PHASE_ALONE.match(label) and (this := _THIS_ONE_BUILT.search(before)):
            owner = referent_name(this.group("noun"), told)  # 该中心由…建设，一期…，二期预计…建成: the centre's
            label = owner + label if owner else label
        if _FIRST_OF_A_PHASE.match(label) and (phases := _PHASE.findall(before)):
            label = phases[-1] + label  # 第二期首批用地的平整工程…，首两座大楼目标…落成: the second phase's
        elif _FIRST_BATCH_BUILT.match(label) and (batches := _PHASE_BATCH.findall(told + fact.text)):
            label = batches[-1] + label  # 拨款用于第二期首批发展。…首批大楼预计明年动工: the second phase's
        if _NUMBERED_PHASE.match(label) and (systems := _PHASED_SYSTEM.findall(told + before)):
            label = systems[-1] + label  # X区域供冷系统的第二期供冷站…。第二期工程于去年8月展开: the system's
        elif _NUMBERED_PHASE.match(label) and (parks := _PARK_NAMED.findall(told + before)):
            label = parks[-1] + label  # 港深创科园公司…表示，第二期首批四座大楼预计…落成: the park's
        elif (done_to := _DONE_TO_A_PHASE.match(label)) and (parks := _PARK_NAMED.findall(told + before)):
            at = done_to.end("deed")  # 政府已完成第二期的规划及工程研究: the park's second phase
            label = label[:at] + parks[-1] + label[at:]
        bare = next((noun for noun in BARE_NOUNS if label.startswith(noun)), None)
        titled = bare is not None and re.search(rf"[「《“][^」》”]{{2,30}}{bare}[」》”]", headline)
        headed = (noun := short_head(label) or bare) and re.search(
            rf"{noun}(?:[一二三四五]期)?(?:年|将|于|正式|预计|计划|明年|今年|{EVENT_VERB.pattern})", headline
        )  # 实验室在…揭牌, under 河套深港神经调控联合实验室揭牌: the laboratory the headline names
        if label.startswith("项目") and (done := _HEADLINE_DEED.match(headline)) and not _bare_named(label, told):
            label = done.group("what") + label[2:]  # 项目在园区南区开工, under X二期开工: X二期
        if (paper := _BARE_PAPER.match(label)) and (
            issued := re.search(rf"(?:发布|公布|印发|出台)(?P<what>[^，,。]{{0,24}}{paper['noun']})。?$", headline)
        ):
            label = issued["what"] + label[paper.end("noun") :]  # 榜单正式发布, under X发布首批“揭榜挂帅”项目榜单
        # 院区动工, under 港大深圳医院河套院区年内开诊: the campus the headline names (not …暂停中试线, its object)
        if (
            label == fact.label
            and headline
            and (DEMONSTRATIVE.match(label) or label.startswith("本") or titled or headed)
        ):
            label = with_referent(label, headline + told)  # 计划将于…接受申请, under 「X计划」常见问题: X计划
        if (issue := _BARE_ISSUE_OF_A_SERIES.match(label)) and (
            series := re.findall(
                rf"([\u4e00-\u9fff]{{2,12}}?{issue.group('noun')})第[\d一二三四五六七八九十]+期"
                rf"|第[\d一二三四五六七八九十]+期[“「]?((?:(?!第)[\u4e00-\u9fff]){{2,12}}?{issue.group('noun')})",
                told + before,
            )
        ):
            name = next(part for part in series[-1] if part)  # X沙龙第12期 or 第12期X沙龙: the series X
            label = f"{name}{issue.group('nth')}{label[issue.end() :]}"  # 第11期沙龙, 下期沙龙: X's
        if (winner := _THE_WINNER.match(label)) and (
            lots := _LOT_LET.findall(told + before)
            or _LOT_RESULT.findall(told + before)
            or _LOT_TENDERED.findall(told + before)
            or _LOT_SOLD.findall(told + before)
        ):
            park = "".join(_PARK_NAMED.findall(told + before)[-1:]) if lots[-1].startswith("第") else ""
            lot = park + lots[-1]  # 第二期首幅研发用地: the park's second phase
            label = lot + label[winner.end() :]  # 批出X用地，中标者须于2037年前完成发展: X须…完成发展
        if _TENANTS_MOVE_IN.match(label) and (building := _building_told(told + before)):
            label = building + label  # 第八座大楼已于上月底落成。公司表示，首批租户将于明年一月迁入: its tenants
        if _SUPPORTING_PAPER.match(label) and (titles := _LONG_TITLE.findall(told + before)):
            label = titles[-1] + label  # 出台《X办法》…。将…制定配套操作指引，力争年内发布: 《X办法》's guideline
        elif (
            (paper := _SUPPORTING_PAPER_ISSUED.search(label))
            and "《" not in label
            and (titles := _LONG_TITLE.findall(told + before))
        ):
            label = label[: paper.start("paper")] + titles[-1] + label[paper.start("paper") :]  # 审议通过《X》…。
            # 会议要求，有关部门要在明年一季度出台配套实施细则: 《X》's rules
        if (related := _RELATED_WORK.match(label)) and (authors := _researchers_told(told + before)):
            label = f"{authors}的{label[related.end('related') :]}"  # X研究院…观测到…。相关论文已…发表于《自然》
        elif (that := _THAT_TEAM_OR_STUDY.match(label)) and (teams := _TEAM_NAMED.findall(told + before)):
            label = (
                teams[-1] + ("团队" if that["team"] else "团队的研究") + label[that.end() :]
            )  # X研究院的团队…。该团队…
        elif (
            (that := _THAT_TEAM_OR_STUDY.match(label))
            and not that["team"]
            and (made := _MADE_NEW.findall(told + before))
        ):
            label = made[-1] + "研究" + label[that.end() :]  # 团队研发出一种X。…该研究始于2023年初: the X study
        if label.endswith(_DONE_BARE) and (topic := _TOPIC_OF_THE_SENTENCE.match(fact.text)):
            label += topic["what"]  # 该研究始于2023年，团队历时三年完成: the study is what was done
        if (here := _AT_THIS_PLACE.search(label)) and (venues := _VENUE_NAMED.findall(told + before)):
            label = label[: here.start()] + "在" + venues[-1] + label[here.end() :]  # X会堂启用。首场论坛在此举行
        if results := _CALL_RESULTS.fullmatch(label):  # 首轮入学申请将于…开始接受，并于明年一月公布取录结果
            label = results["call"] + results["what"] + ("将公布" if fact.is_target else "公布")  # the call's results
        if (result := _RESULT_BARE.search(label)) and (tendered := _TENDERED.findall(told + before)):
            lot = _WHERE_IT_LIES.sub(r"\g<place>", tendered[-1])  # 位于新田科技城的一幅用地: 新田科技城一幅用地
            label = f"{lot}招标结果{result.group('modal') or '将'}公布"  # X截标。…预计下月公布结果: X's
        if _HELD_AGAIN.search(label) and (held := _HELD_TOLD.findall(told + before)):
            label += _FIRST_ONE.sub("", held[-1])  # 举行首个公众开放日…。主办单位表示…明年会再举办: the open day
        if next_meeting := _NEXT_MEETING.match(label):
            label = _next_meeting_named(label, next_meeting.end("which"), told + before)
        elif (next_one := _NEXT_OCCASION.match(label)) and (
            held := _OCCASION_HELD.findall(told + fact.text) or OCCASION_QUOTED.findall(told + fact.text)
        ):
            label = next_one.group(0) + held[-1] + label[next_one.end() :]  # 每年举办两次开放日，下一次定于…举行;
            # 「X博览」昨日举行。…下一场预计于明年3月举行: the next X
        if _BARE_CALL.match(label) and (documents := _DOCUMENT_TOLD.findall(told + before)):
            label = documents[-1] + label  # 问：《X措施》何时施行？…答：首批申报将于8月1日开始: X's call
        elif _BARE_CALL.match(_CALL_KIND.sub("", label)) and (calls := _CALL_LAUNCHED.findall(told + before)):
            label = "".join(calls[-1]) + _CALL_KIND.sub("", label)  # X启动Y招募计划。…招募申请将…截止: X's Y call
        elif _BARE_CALL.match(label) and (opened := _CALL_STARTED_FOR.findall(told + before)):
            label = opened[-1] + label  # 启动2033年度“X”申报…。申报将于3月下旬截止: X's call
        elif _BARE_CALL.match(label) and (schemes := _SCHEME_OR_FUND_QUOTED.findall(told + before)):
            label = schemes[-1] + label  # 「X基金」公布首轮结果…。第二轮申请将于四月开始接受: X's second call
        elif _BARE_CALL.match(label) and (occasions := _OCCASION_NAMED.findall(told + before)):
            occasion = _WHEN_OF_AN_EDITION.sub("", tidy(occasions[-1]))  # 明年的第五届大赛: the fifth contest
            label = _edition_named(occasion + label, told + before)  # 首届X马拉松将于…开跑。…报名将于…开启
        elif (contest_word := _CONTEST_CALL.match(label)) and (occasions := _OCCASION_NAMED.findall(told + before)):
            occasion = _WHEN_OF_AN_EDITION.sub("", tidy(occasions[-1]))  # 首届X马拉松将于…开跑。…赛事报名将于…开启
            label = _edition_named(occasion + label[contest_word.end() :], told + before)
        elif _BARE_CALL.match(label) and (activities := _ACTIVITY_HELD.findall(before)):
            label = activities[-1] + label  # …将于21日下午举办包饺子体验活动，名额60个，报名将于…截止: its call
        elif _BARE_CALL.match(label) and (schemes := _SCHEME_OR_FUND_QUOTED.findall(headline)):
            label = schemes[-1] + label  # 「X计划」常见问题 … 答：…截止日期为同年十月三十一日: X's call
        if label.startswith("大楼") and label == fact.label and (towers := _TOWER_TOLD.findall(told + before)):
            label = towers[-1] + label[2:]  # 听涛科研楼于去年8月竣工。…大楼二期扩建工程计划…动工: 听涛科研楼's
        if (nth := _NTH_BATCH_OF_PROJECTS.match(label)) and (series := _PROJECTS_IN_BATCHES.findall(told + before)):
            label = nth["nth"] + series[-1] + label[nth.end() :]  # 第二批“X项目”立项…。第三批项目申报将…: X's
        if _AWARDS_ALONE.match(label) and (prizes := _PRIZE_NAMED.findall(told + before)):
            label = prizes[-1] + label  # 设立「X奖学金」…。颁奖礼定于明年4月举行: X's ceremony
        elif _CEREMONY_ALONE.match(label) and (occasions := _OCCASION_NAMED.findall(told + before)):
            label = occasions[-1] + label  # …交流周将于…举行。…开幕式和闭幕式分别于20日和22日举行: its opening
        elif (that := _THAT_OCCASION.match(label)) and (occasions := _OCCASION_NAMED.findall(told + before)):
            contest = re.sub(rf"^(?:{EDITION_MARK})", "", tidy(occasions[-1]))  # the contest, not its first
            label = (contest or tidy(occasions[-1])) + label[that.end() :]  # 首届X足球赛…。该赛事将每年举办: X
        elif _ON_ITS_DAY.match(fact.text) and _WILL.match(label) and (occasions := _OCCASION_NAMED.findall(told)):
            label = tidy(occasions[-1]) + label  # 论坛将于明天开幕…。闭幕当天将发布《X》: the forum will
        elif (its_day := _ITS_DAY_LEFT.match(label)) and (occasions := _OCCASION_NAMED.findall(told + before)):
            label = tidy(occasions[-1]) + label[its_day.end() :]  # …；闭幕当日会公布…: the festival will
        called = _ISSUED_BY.sub("", _TOPIC_WORDING.sub("", notice_topic(headline)))  # X发布Y申报指南: Y申报…
        if _BARE_WINDOW.match(label) and (of := _CALL_OF.match(called)) and not _HOLDING.search(of.group(0)):
            label = of.group(0) + label  # 一图读懂｜X计划2032 … 答：报名将于2月1日开始: X's call opens
        elif (_BARE_WINDOW.match(label) or _BARE_RESULTS.match(label)) and (
            calls := list(_CALL_ANNOUNCED.finditer(told + before))
        ):
            who = LOCATED_AT.sub("", calls[-1]["who"] or "")  # 位于园区的X学校
            label = who + calls[-1]["call"] + label  # X学校发布2027学年招生简章。…报名时间为…至…: X's admissions
        elif (
            _BARE_WINDOW.match(label)
            and headline.rstrip("。").endswith(_NOTICE_KINDS)
            and _CALL_WORD.search(call := _TOPIC_WORDING.sub("", notice_topic(headline)))
        ):
            label = call.removesuffix(label[:2]) + label  # X公开招聘工作人员公告 … 报名时间：A—B: X's call
        elif _BARE_WINDOW.match(label) and (let := _TO_BE_LET.findall(told + before)):
            what, deed = let[-1]  # 首批约600套人才住房将陆续配租。…员工可于A至B提交申请: the letting's call
            label = COUNT_IN_A_NAME.sub("", what) + deed + label
        elif _BARE_WINDOW.match(label) and (public := _OPEN_TO_THE_PUBLIC.findall(told + before)):
            label = public[-1] + label  # 推出「X导赏团」…。公众即日起至12月31日可经网上报名: X's call closes
        elif _BARE_WINDOW.match(label) and (occasion := occasion_named_last(told + before)):
            label = occasion + label  # 将于…举办年末专场招聘会…。求职者须于…前…报名: the fair's call closes
        elif _BARE_TENDER.match(label) and (notice := _TENDER_NOTICE.match(called)):
            label = notice.group("what") + label  # X施工总承包招标公告 … 投标截止时间为…: X's tender closes
        elif _BARE_RESULTS.match(label) and (call := _TOPIC_WORDING.sub("", notice_topic(headline))).endswith(_CALLS):
            label = call + label  # 关于开展X申报工作的通知 … 评审结果预计于…公布: X申报's results
        elif _BARE_RESULTS.match(label) and (public := _OPEN_TO_THE_PUBLIC.findall(told + before)):
            label = public[-1] + label  # 设立「X奖学金」…。结果预计于明年3月公布: X's results
        elif _BARE_RESULTS.match(label) and (occasion := occasion_named_last(told + before)):
            label = occasion + label  # 首届X欢乐跑将于…鸣枪。…抽签结果将于12月25日公布: the run's draw
        elif _BARE_NOTICE.match(label) and (shown := _SHOWN_BY_TITLE.match(notice_topic(headline).rstrip("。"))):
            label = shown["what"] + label  # X中标候选人公示 … 公示期：A至B: X's notice opens and closes
        elif (listed := _LIST_ON_NOTICE.match(label)) and (
            owners := re.findall(rf"([^，,。；;：:、]{{4,24}}?){listed['what']}", headline + told)
        ):
            label = _WORDING_FIRST.sub("", owners[-1]) + label  # 2053年度X人才公寓配租工作…。配租名单公示期为…: X's
        elif _BARE_STEP.match(label) and explained:
            label = explained + label  # 一图读懂｜X 3.0版 … 3. 什么时候开始受理？答：自…起开始受理: X's
        return replace(fact, label=_ALSO_BEFORE_TENSE.sub("", label))  # 工程亦已展开: alone, it 已展开
    if fact.kind is not FactKind.FIGURE or not fact.measure:
        return fact
    measure = fact.measure
    if firm and (owned := _FIRMS_OWN.match(measure)):  # 芯视科技…，目前员工约150人: the firm's staff, not another's
        measure = firm + owned.group("what")
    elif firm and _TEAM_SIZE.match(measure) and _THE_FIRM_SAYS.search(fact.text):
        measure = firm + measure  # 公司联合创始人X介绍，团队规模已…增长到210余人: the firm's team
    new = measure.startswith("新") and any(measure.startswith(noun, 1) for noun in BARE_NOUNS)
    measure = measure[1:] if new else measure  # 新平台由…组建，首期投入约三亿港元: the platform named before
    bare = next((noun for noun in BARE_NOUNS if measure.startswith(noun) and measure != noun), None)
    if bare is None and (sized := _BARE_SIZE.match(measure)):
        bare = sized.group("head")  # X大厦主体结构封顶。大厦地上42层，高约200米: X大厦高度
    if measure.startswith("该") or DEMONSTRATIVE.match(measure):  # …比例提高至60%以上，目前这一比例约为35%
        measure = with_referent(measure, headline + told + fact.text[: max(0, fact.text.find(measure))])
    elif bare and (name := referent_name(bare, told) or referent_name(bare, headline)):  # or the one the title names
        measure = name + measure[len(bare) :]  # 实验室…，总投入约15亿元: the one the article named (not 5个平台)
    elif (
        (during := _DURING_THE_OCCASION.match(fact.text))
        and (name := referent_name(during.group("noun"), told))
        and len(name) <= _OCCASION_IN_A_MEASURE
    ):
        measure = measure if measure.startswith(name) else name + measure  # 大会期间，共有32个项目签约: its signings
    elif (
        (this := _THIS_ONE_HAS.match(fact.text))
        and _PLAIN_MEASURE.fullmatch(measure)
        and (name := referent_name(this.group("noun"), told))
    ):
        measure = name + measure  # X人才公寓今日起接受申请。该公寓…共提供住房420套: X's homes
    measure = _SAID_TWICE.sub(r"\1", measure)  # 该地块用地面积 → 科研用地 + 用地面积: 科研用地面积
    if new and bare and measure.startswith(bare):
        measure = "新" + measure  # no name told before it: the new one, as said
    return fact if measure == fact.measure else _remeasured(fact, measure)


def _remeasured(fact: Fact, measure: str) -> Fact:
    """A figure told under the measure a later reading found: its label is that measure and the value
    as written (see `_figure_fact`)."""
    return replace(fact, measure=measure, label=measure + fact.label.removeprefix(fact.measure or ""))


_BARE_PAPER = re.compile(r"^(?P<noun>榜单|名单|清单|白皮书|指引)(?=正式|将|已|于|在|发布|公布)")
"""榜单正式发布: the list a headline says was issued (X发布首批“揭榜挂帅”项目榜单), told bare in the story."""
_HEADLINE_DEED = re.compile(
    r"^(?P<what>[\u4e00-\u9fff“”「」]{4,24}?)(?<!时间表)(?<!方案)(?<!规划)(?<!名单)(?<!计划)"
    r"(?:正式)?(?:集中)?(?:开工|动工|奠基|启用|落成|竣工|封顶|平顶|揭牌|投用|投产|开业|签约)"
)
"""X二期开工: the works a headline tells begun or done, which a bare 项目 in the story is (not a
timetable's or a plan's)."""


def _bare_named(label: str, told: str) -> bool:
    """Whether the story named, before, what the label's bare head stands for."""
    return with_referent(label, told) != label


_BARE_SIZE = re.compile(r"^(?P<head>大厦|大楼|塔楼)(?=高度)")
_DURING_THE_OCCASION = re.compile(
    r"^(?:本届|此次|这次)?(?P<noun>大会|论坛|峰会|展会|博览会|交易会|洽谈会|活动)(?:期间|现场|上)[，,]"
)
"""大会期间，共有32个项目现场签约: counted at the occasion the article named before."""
_FIELD_DAY = re.compile(r"(?:时间|日期)[：:]\s*(?P<day>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^，,。；;]{0,12})$")
_SAME_AS_ABOVE = re.compile(
    r"^(?P<field>[^：:]{2,12}(?:时间|日期)[：:])\s*(?:同上|同[\u4e00-\u9fff]{2,10}(?:时间|日期))[。.]?$"
)
"""开标时间：同上; 开标时间：同投标截止时间: the day the field before gave."""
_REACHED = re.compile(r"(?:至|到)(?:约|逾|近|超过)?$")
_AUTHORITY_DONE = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,10}?(?:署|局)|当局|政府|署方|局方)(?:将|会|预计|目标|计划)?(?:完成建造|完成兴建|建成|落成|竣工|完工)$"
)
_WAY_NAMED = re.compile(
    r"(?:经|沿|在|于|公布|就|关于|有关|兴建|建设)((?:(?![在于的和与])[\u4e00-\u9fff]){2,14}?"
    r"(?:连接路|公路|大道|快速路|干线|通道|隧道|大桥|天桥|行人桥|单车径))"
)
"""驶经X连接路…。道路至今日凌晨…才重开; 公布X行人通道公众咨询结果。…2029年完成建造: the road or crossing
named before, not a bare 道路 nor the department that builds it."""
_CAREER_STEP = re.compile(r"^(?:博士后)?(?:出站|毕业|退休|离任|入职|报到)|^博士后出站")
_PERSON_SAID = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{2,3})(?:说|表示|透露|坦言|笑言)[，,：:]")
"""黎黛说，明年博士后出站后，她打算…: a step of the career of whom the sentence quotes."""
_LAST_RITES = re.compile(r"^(?:丧礼|葬礼|追思会|追悼会|告别仪式|安息礼拜)")
_RESULTS_ALONE = re.compile(r"^(?:成绩|分数线|获奖名单)(?=预计|将|会|已|于|正式|公布|揭晓|发布)")
_CONTEST_NAMED = re.compile(
    r"(?:^|[，,。；;：:])((?:(?!是|参加|承接|举办|举行)[\u4e00-\u9fff\d]){2,24}?(?:考试|比赛|大赛|挑战赛|竞赛|评选))"
    r"(?!成绩|结果)"
)
"""…资格考试在园区考点举行。…成绩预计将于明年1月中旬公布: the results of the exam told before (by its
name, not as 本次考试)."""
_CALLED_BY_THIS = re.compile(r"^(?:本次|此次|这次|该|本届|今年的)")
_PART_OF_THE_WORKS = re.compile(r"^(?:上盖|地基|桩基|主体|装修|机电|内部装修)工程")
_WORKS_OWNED = re.compile(
    r"(?:^|[，,。；;：:])(?:[^，,。；;]{0,12}?[，,])?([\u4e00-\u9fff]{2,24}?)的(?:上盖|地基|桩基|主体|装修|机电)工程"
)
_WHOLE_DONE = re.compile(r"落成|启用|交付|投入使用|投用|入伙")
"""X的地基工程已完成，上盖工程预计…展开，目标2029年起分阶段落成: X的上盖工程 starts, X is finished."""
_PUT_TO_USE = re.compile(
    r"^(?P<maker>团队|研究团队|公司|实验室|我们)?(?:预计|有望|可望)?(?:最快|最早)?(?:可|将|能)?"
    r"(?:应用于|用于|投入应用|投入商用|实现商用|实现量产|量产)"
)
_MADE_NEW = re.compile(
    r"(?:研发出|研制出|开发出|研制成功|研发成功)(?:一种|一款|一套|一个|新一代)?(?:[^，,。；;]{0,30}的)?"
    r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?=[，,。；;]|$)"
)
"""团队研发出一种新型固态电池电解质材料: what a later 预计最快2028年可应用于Y puts to use, and what a
later 该研究 was about (研发出一种可在零下30摄氏度工作的X: X, without what it can do)."""
_ORDINAL_THING = re.compile(r"^第[一二三四五六七八九十\d]{1,2}(?:条|座|间|个|家|期)")
_ITS_NTH_PRODUCT = re.compile(r"^(?:首款|首颗|首台|首架|第[一二三四五六七八九十\d](?:款|颗|台|架))")
_A_FIRMS_BOARD = re.compile(r"^(?:20\d{2}年)?(?:第[一二三四五六七八九十]次)?(?:临时)?(?:股东大会|股东会|董事会|监事会)")
"""股东大会定于12月22日召开: the meeting of the firm the article is about."""
_ITS_OWN_SITE = re.compile(
    r"^(?:第[二三四五六七八九十]|新)(?:研发中心|总部|生产基地|基地|工厂|厂房|产线|生产线|实验室|办公室)"
    r"|^(?:[一二三]期|[IⅠⅡⅢ]+期|首个)?临床(?:试验|研究)(?!中心|基地|机构)|^(?:新一轮|[A-E]\+?轮|首轮)融资"
)
_THE_FIRM_SAYS = re.compile(
    r"(?:^|[，,。；;])(?:该|本)?公司(?:联合|首席)?(?:负责人|董事长|总裁|行政总裁|创始人|创办人|发言人)?[\u4e00-\u9fff]{0,3}?"
    r"(?:表示|称|介绍|透露|指出)"
)
"""公司表示，位于园区的第二研发中心已…投入使用; 公司负责人表示，一期临床试验预计…启动: the firm's own
second site, its own trial, its own next round."""
_FIRM_BUILDS = re.compile(
    r"(?:(?:该|本)?公司|集资所得|所得款项|募集资金|募资)(?:正|将|已|还|亦)?[^，,。]{0,16}?(?:兴建|新建|建设|扩建|筹建|设立)"
)
"""公司正于园区兴建第二条生产线; 集资所得约四成将用于在园区兴建第二条生产线: the firm's own line."""


def _next_meeting_named(label: str, which: int, told: str) -> str:
    """下次会议将于…举行: the meeting of the body that met (河套人才工作专班…举行首次会议), or by the
    meeting's own name (双方每季举行一次联席会议 → 下一次联席会议)."""
    if bodies := _BODY_THAT_MET.findall(told):
        return bodies[-1] + label
    if (named := _MEETING_NAMED.findall(told)) and named[-1] != "会议":
        return label[:which] + named[-1] + label[which + 2 :]
    if numbered := _NUMBERED_MEETING.findall(told):
        return label[:which] + numbered[-1] + label[which + 2 :]  # 出席第十一次X会议…。下一次会议将于…: X会议
    return label


_BARE_ISSUE_OF_A_SERIES = re.compile(
    r"^(?P<nth>第[\d一二三四五六七八九十]+期|下一?期|上一?期|本期)(?P<noun>沙龙|讲堂|论坛|讲座|课堂|分享会)"
)
_NEXT_MEETING = re.compile(r"^(?P<which>下次|下一次|下一轮)会议")
_BODY_THAT_MET = re.compile(
    r"(?:^|(?<=[，,。；;：:的\s」”]))((?:(?!的)[\u4e00-\u9fff]){2,24}?(?:专班|委员会|小组|工作组|理事会|联盟|联席会议))[^，,。；;]{0,20}?"
    r"(?:举行|召开)了?(?:首次|第[一二三四五六七八九十\d]+次)"
)
_NUMBERED_MEETING = re.compile(r"第[一二三四五六七八九十\d]+次((?:(?!会议|第)[\u4e00-\u9fff]){2,20}?会议)")
_MEETING_NAMED = re.compile(r"(?:举行|召开)(?:一次|了)?(?!第[一二三四五六七八九十\d]+次)([\u4e00-\u9fff]{0,4}会议)")
_NEXT_OCCASION = re.compile(r"^(?:下次|下一次|下一场|下一期)(?=将|会|预计|定于|拟|计划|于|举行|举办)")
_OCCASION_HELD = re.compile(
    r"(?:举行|举办|办)了?(?:首个|首次|首场|首届|[两二三四五六七八九十\d]+(?:次|场|个|届))?"
    r"((?:(?!举行|举办)[\u4e00-\u9fff]){0,10}?(?:开放日|论坛|峰会|交易会|博览会|嘉年华|讲座|沙龙|招聘会|推介会|路演))"
)
"""举行首个科研设施开放日, 每年举办两次开放日: the occasion a later bare 下一次 is the next of."""
_BARE_CALL = re.compile(
    r"^(?:\d{4}年度)?(?:首批|第[一二三四五六七八九十]批|第[一二三四五六七八九十]轮|本轮|新一轮)?(?:项目|补贴|资助|奖励)?"
    r"(?:申报|申请|报名|征集|预约|登记)"
    r"(?:将|会|预计)?(?:开始|开启|启动|开放|截止|结束)(?:接受)?$"
)
_SCHEME_EXTENDED = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?计划(?=将(?:扩展|扩大|延长|延伸|推广|覆盖))|^计划(?=(?:今年|明年)?(?:提供|资助|涵盖|开设|招收|录取))"
)
_PLAN_QUOTED = re.compile(r"[「“][^」”]{2,20}计划(?:\d{4})?[」”]")
"""「X计划」自…推出…。发言人表示，计划将由7月起扩展至…: the scheme grows; 「X计划2051」…。计划今年
提供五百个实习名额: the scheme offers them; no one plans either."""
_SCHEME_OR_FUND_QUOTED = re.compile(r"([「“][^」”]{2,16}(?:基金|计划|资助)[」”])")
_DOCUMENT_TOLD = re.compile(r"《[^》]{4,40}(?:措施|办法|细则|指引|计划|方案|政策)》")
"""A call for applications told bare (首批申报将开始) is made under the measures the article named."""
_THRESHOLD = re.compile(r"(?:以上)?的(?:项目|企业|机构|公司|团队)(?:有|共|达)")
_CALL_KIND = re.compile(r"^(?:招募|招聘|评选|遴选)(?=申报|申请|报名)")
_CALL_LAUNCHED = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:（[^）]{1,40}）)?(?:在[\u4e00-\u9fff]{2,10}?)?(?:启动|发布|推出)([\u4e00-\u9fff]{2,12}?(?:招募|招聘|评选|遴选))(?:计划|活动)?"
)
"""河套创新枢纽…启动全球合伙人招募计划: the call a later bare 招募申请将…截止 closes."""
_CALL_STARTED_FOR = re.compile(r"(?:启动|开始|开展)(?:\d{4}年度)?([“「][^”」]{2,20}[”」])(?=申报|申请|征集|报名)")
"""园区启动2033年度“X”申报: the call a later bare 申报将…截止 closes."""
_THE_WINNER = re.compile(r"^(?:中标者|中标人|中标财团|中标公司|中标发展商|投得者|承投者)(?=须|需|将|应|要)")
_LOT_RESULT = re.compile(r"(?:^|(?<=[，,。；;：:]))([\u4e00-\u9fff]{2,20}?(?:用地|地块|地皮))的?招标结果")
_LOT_OPENING_A_CLAUSE = r"(?:^|(?<=[，,。；;：:]))([\u4e00-\u9fff]{2,28}?(?:用地|地块|地皮))"
"""X用地 at a clause's start, which the tender or the sale after it is of."""
_LOT_TENDERED = re.compile(_LOT_OPENING_A_CLAUSE + r"(?:于|将于)?(?:即日起|今日起)?(?:公开)?招标")
_LOT_SOLD = re.compile(_LOT_OPENING_A_CLAUSE + rf"以[^，,。；;]{{0,16}}?(?:{SOLD}|批予)")
"""地政总署公布，X用地以约12.3亿元批出…。中标者须于2032年或之前完成发展: X's deadline."""
_LOT_LET = re.compile(r"(?:批出|出让|卖出|推出|公布)([\u4e00-\u9fff]{2,20}?(?:用地|地块|地皮))")
"""已批出第二期第三幅研发用地，中标者须于…完成发展 (公布，X用地的招标结果…中标财团须…): the plot's
deadline, whoever won it."""
_A_BATCH_OF_FLATS = re.compile(r"^(?:本|该|此|这|首|下一?|新一|第[二三四五六七八九十])批(?:住房|房源|单位|公寓|房屋)")
_FLATS_NAMED = re.compile(
    r"(?:\d{4}年度?)?([\u4e00-\u9fff]{2,12}?(?:人才公寓|人才住房|保障性住房|公寓))(?=[\u4e00-\u9fff]{0,4}(?:配租|申请|入住|分配))"
)
"""2053年度河套人才公寓配租: the flats (not the year's) a later 本批住房 or 下一批房源 is of."""
_TENANTS_MOVE_IN = re.compile(
    r"^(?:首批)?(?:租户|住户|[\d一二两三四五六七八九十]{1,3}[间家个](?:企业|机构|公司|团队))(?:已|可|将|会|预计|最快|最早|有望)*(?:陆续)?"
    r"(?:迁入|入驻|进驻|入伙|入住)$|^入住申请(?:将|会|预计)?(?:开始|截止)$"
)
_BUILDING_TOLD = re.compile(
    r"(?<![的该此这])([\u4e00-\u9fff]{2,16}?(?:第[一二三四五六七八九十\d]+座大楼|首座大楼|大楼|大厦|人才公寓|宿舍))"
    r"(?=已|将|于|预计|正式|昨日|今日|昨天|今天|日前|举行|楼高|据悉|料)"
)
"""X第八座大楼已于上月底落成, X宿舍将于9月启用: the building a later bare 首批租户将…迁入 moves into,
or whose 入住申请将…开始."""
_CENTRE_OPENED = re.compile(
    r"(中心|大楼|大厦|公寓)(?=(?:今日|昨日|今天|昨天)?(?:正式)?(?:开幕|启用|落成|开业|投用|投入使用))"
)
"""…出席X研发中心开幕典礼: a centre opened, which a later 首批六间企业已…进驻 moved into."""


def _building_told(told: str) -> str:
    """The building or centre the article told of last as built or opened, or ""."""
    found = [(m.start(), m.group(1)) for m in _BUILDING_TOLD.finditer(told)]
    for opened in _CENTRE_OPENED.finditer(told):
        name = referent_name(opened.group(1), told[: opened.end()])
        if len(name) > len(opened.group(1)) + 1:
            found.append((opened.start(), name))
    return max(found)[1] if found else ""


def _sentences_back(told: str) -> tuple[str, str]:
    """This sentence's words so far, then the whole sentence before it."""
    end = told.rfind("。")
    return told[end + 1 :], told[told.rfind("。", 0, max(0, end)) + 1 : max(0, end)]


_SUPPORTING_PAPER = re.compile(r"^配套(?:的)?(?:操作|实施)?(?:指引|细则|办法|措施|政策|文件)")
_SUPPORTING_PAPER_ISSUED = re.compile(
    r"(?:出台|制定|发布|印发)(?P<paper>配套(?:的)?(?:操作|实施)?(?:指引|细则|办法|措施|政策|文件))"
)
_LONG_TITLE = re.compile(r"《[^》]{6,60}》")
"""《河套…管理办法》, not its short name 《办法》: what a bare 配套操作指引 goes with."""
_BARE_TITLE = re.compile(r"^(?:局长|署长|司长|部长|市长|区长|校长|院长)(?=[\u4e00-\u9fff])")
_TITLE_TOLD = re.compile(
    r"([\u4e00-\u9fff]{2,14}?(?:局|署|司|部|市|区|大学|学院|研究院))(局长|署长|司长|部长|市长|区长|校长|院长)"
)
"""创新科技及工业局局长: the office whose holder a later bare 局长 is."""
_BUILDER = re.compile(r"^(?:建设单位|施工单位|业主单位|项目业主|项目方)(?=计划|将|预计|拟|力争|争取)")
_PROJECT_TOLD = re.compile(
    r"(?<![该此本])((?:(?![对在为由向])[\u4e00-\u9fff]){4,24}?(?:项目|工程))(?=环境|环评|的|位于|已|[，,。；;]|$)"
)
"""对X项目环境影响报告表进行公示。…建设单位计划在取得环评批复后动工: X项目 is what is started; X工程已完成
主体施工。…施工单位计划本月底前完成竣工验收: X工程."""
_MEASURES_BY_LETTER = re.compile(r"^措施(?:[（(][a-z][）)](?:及|和|与|、)?)+")
_LETTERED_ITEM = re.compile(r"[（(]([a-z])[）)]([^；;。（()]{4,40}?)(?:[；;。]|及(?=[（(])|$)")
"""（a）把X的有效期由一年延长至两年；（b）为…提供…；及（c）…: the measures a later 措施（a） names."""
_VALUES_LISTED = re.compile(
    r"(?P<what>[\u4e00-\u9fff]{2,16}?(?:数目|数量|人数|总数|面积|金额|规模|收入))(?:分别)?如下[：:]"
)
"""园区研发人员数目如下：二〇二四年底约四百人；…: the measure of each dated value listed after it."""
_RELATED_WORK = re.compile(r"^(?P<related>相关)(?:论文|成果|研究成果)")
_THAT_TEAM_OR_STUDY = re.compile(r"^(?:该|这支|这项|此)(?:(?P<team>(?:研究|科研|研发)?团队)|研究(?![院所中室员]))")
"""该团队已于4月获得…, 该研究始于2023年: the team the article named last, and its study."""
_DONE_BARE = ("团队完成", "团队终于完成", "团队最终完成")
_TOPIC_OF_THE_SENTENCE = re.compile(r"^(?:该|这项|此)(?P<what>研究|项目|课题)(?![院所中室员])")

_RESEARCHERS = re.compile(
    r"(?<![该此这])(?:(?:园|区|校)内)?(?P<name>(?:(?![的在从由与和及])[\u4e00-\u9fff]){2,16}?(?:研究院|研究所|研究中心|科学中心|实验室|大学))"
)
_TEAM_NAMED = re.compile(_RESEARCHERS.pattern + r"的?(?:研究|科研|研发)?团队")
"""X研究院的团队…。该团队…: the researchers' pattern with their team after it."""


def _researchers_told(told: str) -> str:
    """Who did the work the sentence before told (the team a person it names leads, the first
    institution it names, or the one its 该中心 stands for), whose 相关论文 a label tells; "" when
    it names none."""
    for said in _sentences_back(told):
        if this := re.search(r"该(中心|研究院|实验室|研究所)", said):
            return referent_name(this.group(1), told[: told.rfind(said) + this.start()])
        if leader := next((p for p in people_in(said) if re.search(rf"{p}(?:带领|率领|领导)", said)), ""):
            return leader + "团队"  # 由X大学教授Y带领的研究团队…，相关论文…: Y's team, not the university
        if found := _RESEARCHERS.search(said):
            return found.group("name")
    return ""


_AT_THIS_PLACE = re.compile(
    r"(?:在|于)(?:此|这里|该处)(?![\u4e00-\u9fff]{0,2}(?:基础|前提|背景|之前|之后|期间|之际|过程))"
)
_VENUE_NAMED = re.compile(
    r"(?:^|(?<=[的，,。；;在于「“\s]))((?![一二两三四五六七八九十\d首该这此])[^，,。；;的在于\s]{2,14}?"
    r"(?:会堂|礼堂|会展中心|展览中心|会议中心|展馆|体育馆|剧院|大楼|大厦|广场))"
)
"""河套国际学术会堂1日正式启用。当天，首场论坛在此举行: 在此 is the hall named before."""
_CALL_RESULTS = re.compile(r"(?P<call>[\u4e00-\u9fff]{2,12}?(?:申请|报名|申报))公布(?P<what>[\u4e00-\u9fff]{0,4}结果)")
_RESULT_BARE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?P<modal>预计|将|会)?公布(?:评审|招标)?结果$")
_TENDERED = re.compile(
    r"(?:(?<![\u4e00-\u9fff\dA-Za-z])|(?<=[就对为]))([\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:用地|地块|合约|工程|项目))(?:[\u4e00-\u9fff（）()0-9]{0,12}?)(?:截标|招标)(?=[，,。；;])"
)
"""港深创科园第二期次幅研发用地昨日截标 (or 落马洲站旁A2号创科用地…截标)。…预计下月公布结果: the tender's result."""
_WHERE_IT_LIES = re.compile(r"^(?:位于|地处)(?P<place>[^，,。的]{1,12})的(?=一[幅宗块])")
_COUNT_LAST = re.compile(r"[\d一二两三四五六七八九十百千万]+[台套座栋间所个项家名]$")
_PLAN_VERB = re.compile(r"计划(?=[\u4e00-\u9fff])(?!延长$)")
"""我们计划下个月启动…: 计划 after its doer is a verb (plan to), no plan the article named."""
_ON_ITS_DAY = re.compile(r"(?:开幕|闭幕|开园|开业|启用|揭牌|开馆)(?:当天|当日)")
_ITS_DAY_LEFT = re.compile(r"^(?:开幕|闭幕)(?=会|将|还将|亦会|也会)")
"""闭幕 left of 闭幕当日会公布… once its day went with the date: the occasion's closing day."""
_WILL = re.compile(r"(?:还|也|亦)?(?:将|会)(?=[\u4e00-\u9fff]{2})")
_CONTEST_CALL = re.compile(r"^(?:赛事|比赛)(?=报名|预约)")
"""赛事报名将于…开启: the call of the contest the article named, by the contest's name."""
_THAT_OCCASION = re.compile(r"^(?:该|这项|此项|本项)(?:赛事|比赛|活动)(?=[\u4e00-\u9fff])")
_CEREMONY_ALONE = re.compile(r"^(?:开幕式|闭幕式|开幕礼|闭幕礼|颁奖典礼|颁奖礼|总?决赛|半决赛|复赛|初赛|小组赛|淘汰赛)")
_AWARDS_ALONE = re.compile(r"^(?:颁奖典礼|颁奖礼|颁奖仪式)")
_PRIZE_NAMED = re.compile(r"[「“]([^」”]{2,20}?(?:奖学金|助学金|奖))[」”]")
"""「X奖学金」: the prize whose ceremony a bare 颁奖礼 is."""
_WHEN_OF_AN_EDITION = re.compile(r"^(?:明年|今年|下年|来年)的?(?=第)")
_OCCASION_NAMED = re.compile(
    r"(?:第[一二三四五六七八九十\d]+届|首届|(?<=[，,。；;：:“「《\s])|^)(?:(?!将|举办|举行|期间|在|设|本次|本届)[\u4e00-\u9fff\d“”「」]){2,14}?"
    r"(?:交流周|创新周|科技周|活动周|论坛|大会|峰会|大赛|博览会|交易会|嘉年华|科学节|艺术节|音乐节|邀请赛|锦标赛|挑战赛"
    r"|(?:友谊|公开|龙舟|争霸|对抗|足球|篮球|排球|羽毛球|团体)赛|联赛|马拉松|越野跑|健步行|(?:夏令|冬令|训练|创新)营|灯光秀|汇演"
    r"|(?:开放|义诊|服务|科普|体验|宣传|招聘|咨询|家庭)日(?=[”」]))"
    r"(?![\u4e00-\u9fff]{0,2}[式礼])"
)
"""The occasion whose opening or closing ceremony a bare 开幕式 is: the one the article named last."""


def _owner_of_the_ordinal(label: str, told: str) -> str:
    """港深创科园第一期第三座大楼…入伙。第四座大楼将于本月尾交付: the fourth of the same park's
    buildings, whose owner the label then names."""
    owners = [owner for owner in _ORDINAL_OWNER.findall(told) if not owner.startswith("园区")]  # 园区: which?
    owners = owners or _COUNTED_OWNER.findall(told)  # 港深创科园第一期八座大楼…，当中第七及第八座…
    if not owners and _NTH_BUILDING.match(label):
        owners = _PARK_NAMED.findall(told)  # 港深創科園首批大樓啟用…。第三座大樓明年初落成: the park's third
    if not owners or not (ordinal := _ORDINAL_FIRST.match(label)):
        return label
    if _DONE_NEXT.match(label, ordinal.end()) and re.search(r"[座栋幢]大楼", told):
        label = label[: ordinal.end()] + "大楼" + label[ordinal.end() :]  # 第七及第八座于…落成: the buildings
    owner = owners[-1]
    if owner.startswith("第") and (parks := _PARK_NAMED.findall(told)):
        owner = parks[-1] + owner  # 港深创科园第二期…。第一期八座大楼中，首三座已…落成: the park's first phase
    return owner + label


def _series_of_the_nth(label: str, told: str) -> str:
    """「河套院士讲堂」第三讲…。首讲于7月举行，第四讲定于明年2月举行: the series' first and fourth
    talks, which the label tells bare."""
    if not _NTH_OF_A_SERIES.match(label) or not (series := _SERIES_NUMBERED.findall(told)):
        return label
    named = "".join(series[-1])
    return label if named in label else named + label  # 第八期“星火沙龙”举行: named already


_NTH_PART = r"(?:首|第[一二三四五六七八九十\d]{1,3})(?:讲|期|场|课)"
_NTH_OF_A_SERIES = re.compile(rf"^{_NTH_PART}(?![\u4e00-\u9fff]{{0,2}}(?:工程|项目))")
_SERIES_NUMBERED = re.compile(
    rf"([「“][^」”]{{2,16}}[」”])(?:的)?{_NTH_PART}|{_NTH_PART}(?:的)?([「“][^」”]{{2,16}}[」”])"
)
"""「X讲堂」第三讲, 首期「X计划」: a series told with its numbered parts."""


_NTH_BUILDING = re.compile(r"^第[一二三四五六七八九十\d]{1,2}(?:座|栋|幢)大楼")
_LATER_STAGE = re.compile(r"^第[二三四五六七八九十]阶段")
_LATER_SECTION = re.compile(r"^第[二三四五六七八九十]段")
_ROUTE_NAMED = re.compile(
    r"(?:^|(?<=[的，,。；;]))([\u4e00-\u9fff]{0,8}?(?:单车径|绿道|道路|公路|隧道|通道|专线|步道|河道))(?=将|已|于|在|预计|全长|[，,。])"
)
"""连接…的单车径: the route a later 第二段 is a section of."""
_FIRST_STAGE = re.compile(
    r"(?:首|第一)阶段的?(?P<what>(?:(?!为期)[\u4e00-\u9fff]){2,10}?)(?=已|将|于|在|正式|预计|投入|启用|完成|，|。)"
)
"""首阶段电动车充电站已投入服务: what is built in stages, whose later stage a label tells bare."""
_PHASE_ALONE = re.compile(r"^[一二三四五六七八九十]期")
"""一期工程竣工验收, 二期预计建成: a phase told bare, of what the article built in phases before."""
_A_STAGE = re.compile(r"^(?P<stage>首阶段|第[一二三四五六七八九十]阶段)")
_BUILT_IN_STAGES = re.compile(
    r"(?:^|(?<=[，,。；;：:]))(?:[^，,。；;：:]{0,10}?(?:表示|指|称|介绍)[，,]?)?"
    r"(?P<what>[\u4e00-\u9fff]{2,20}?)(?:将|拟|计划|会)?(?:于[^，,。；;分]{2,16}?起?)?分[两二三四五]个?阶段"
    r"(?:进行|建设|实施|开发|推进|完成)"
)
"""X扩建工程将分两阶段进行 (天桥将于明年1月5日起分两阶段进行维修): what a later bare 首阶段 or 第二阶段
is a stage of."""
_THIS_ONE_BUILT = re.compile(r"(?:该|这个|此)(?P<noun>中心|基地|平台|项目|园区|实验室|大楼|工程)")
_FIRST_PHASE_OWNER = re.compile(
    r"(?:^|(?<=[，,。；;：:\s」”]))(?P<owner>[\u4e00-\u9fff]{2,14}?)(?:一期|首期|二期)(?=已|将|于|在|预计|工程|项目|正式|计划|上线|投用|[，,])"
)
"""X一期已投入使用, X二期正式上线: whose later phase a bare 二期工程 or 三期项目 is."""
_FIRST_OF_A_PHASE = re.compile(r"^首[两二三四五六七八九十]?(?:座|栋|幢)")
_PHASE = re.compile(r"第[二三四五六七八九十]期")
_FIRST_BATCH_BUILT = re.compile(r"^首批(?:[\d一二两三四五六七八九十]+(?:座|幅|栋))?(?:大楼|楼宇|用地|发展|工程|地块)")
"""首批大楼预计明年动工 (not 首批12家机构获颁…): the first batch of a phase's buildings or plots."""
_PHASE_BATCH = re.compile(r"(第[二三四五六七八九十]期)首批")
"""A later phase, whose first buildings are not the park's first (those need no phase named)."""
_IN_PHASES = re.compile(r"分[两二三四]期(?:建设|推进|实施|开发)")
_BUILDS_A = re.compile(
    r"(?:建设|兴建|打造|新建)(?:一个|一座|一条|一栋)?([\u4e00-\u9fff]{2,16}?(?:基地|中心|产业园|产线|平台|大楼|研究院))"
)
"""拟在园区投资建设先进电子材料研发及中试基地: what a later 分两期建设's phases are of."""
_NUMBERED_PHASE = re.compile(
    r"^第[一二三四五六七八九十]期(?!的?(?:招标|工程|项目|用地)?(?:[，,]|$))"
    r"(?![\u4e00-\u9fff]{0,4}(?:营|班|沙龙|讲堂|论坛|讲座|课程|活动|大赛|比赛|计划))"
)
"""第二期首批大楼, 第一期余下的四座大楼: a park's phase (not 第二期训练营, an issue of a series)."""
_DONE_TO_A_PHASE = re.compile(
    r"^(?:政府|当局|公司|署方|局方)(?:已|已经|将|会|计划|预计)?(?P<deed>完成|展开|启动|开展|就)(?=第[一二三四五六七八九十]期的)"
)
"""政府已完成第二期的规划及工程研究: a phase told bare after the deed done to it, of the park named."""
_IN_THE_PARK = re.compile(r"^园内(?=所有|各|全部|的)")
_PHASED_SYSTEM = re.compile(
    r"(?:^|(?<=[，,。；;：:]))(?:[^，,。；;：:]{0,8}?(?:表示|指出|称)[，,])?"
    r"([\u4e00-\u9fff]{2,16}?(?:系统|网络|管网|设施))的?第[一二三四五六七八九十]期"
)
"""港深创新及科技园区域供冷系统的第二期供冷站: a system built in phases, whose bare 第二期 a label tells."""
_PARK_NAMED = re.compile(r"港深创新及科技园|港深创科园|河套深圳园区|河套香港园区|香港园区|深圳园区")
"""The zone's parks, built in phases: the one named last is whose phase a bare 第二期 is."""
_BASE_NAMED = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?:价|价格|票价|估值|市值|指标|标准|目标)")
"""较招股价12元: a comparison's base that names its own measure."""
_ORDINAL_FIRST = re.compile(
    r"^(?:第[一二三四五六七八九十\d]{1,3}(?:(?:、|及|和|至)第?[一二三四五六七八九十\d]{1,3})*"
    r"|首[两二三四五六七八九十\d]{1,2}|(?:其余|余下)的?[两二三四五六七八九十\d]{1,2})(?:座|栋|幢)"
)
_ORDINAL_OWNER = re.compile(
    r"(?:^|[，,。；;：:\s」”]|(?<=[（(][一二三四五六七八九十\d][）)]))(?P<owner>[\u4e00-\u9fff]{2,12}?(?:第[一二三四五六七八九十]期|园区|园)|第[一二三四五六七八九十]期)"
    r"(?=的?(?:第[一二三四五六七八九十\d]{1,3}(?:至第?[一二三四五六七八九十\d]{1,3})?|首)(?:座|栋|幢))"
)
_COUNTED_OWNER = re.compile(
    r"((?:港深创科园|港深创新及科技园|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}?(?:园区|园))(?:第[一二三四五六七八九十]期)?"
    r"|(?<![\u4e00-\u9fff])第[一二三四五六七八九十]期)"
    r"(?=的?[一二两三四五六七八九十]{1,2}(?:座|栋|幢)大楼)"
)
"""港深创科园第三座大楼, 港深创科园的首座人才公寓, 港深创科园第一期八座大楼: whose a later 第二座 is."""
_DONE_NEXT = re.compile(
    r"于|已|将|会|预计|计划|正式|均|亦|也|分别|相继|陆续|落成|竣工|平顶|封顶|启用|动工|开工|交付|入伙"
)
"""第七及第八座于…落成: an ordinal told with no noun, its deed next (not 第二座储能站)."""


def _edition_named(label: str, told: str) -> str:
    """第二届于前年举行, 首届大会于2023年举办: the edition of the occasion the article named
    (第三届深港脑科学大会), whose name the label then carries."""
    if not (bare := _BARE_EDITION.match(label)):
        return label
    word = bare.group("word") or ""
    if word == "计划" and (schemes := _PLAN_QUOTED.findall(told)):
        return bare.group("which") + schemes[-1] + label[bare.end() :]  # 「X计划」…。第二届计划将于…招生: X's
    name = next((n for n in reversed(EDITION_OF.findall(told)) if _of_its_kind(n, word) and n != word), None)
    if name is None:
        return label
    if name.count("「") != name.count("」") or name.count("“") != name.count("”"):
        name = re.sub(r"[「」“”]", "", name)  # 「X大赛」 told with its quotes, 他说“X大赛 without: none
    which = bare.group("which")
    if which == "本届" and (told_as := re.search(rf"({EDITION_MARK}){re.escape(name)}", told)):
        which = told_as.group(1)  # 首届X足球赛…。本届赛事于10月中旬开赛: 首届X足球赛开赛
    return which + name + label[bare.end() :]


def _of_its_kind(name: str, word: str) -> bool:
    """上届比赛 of 第三届河套机器人足球邀请赛: a contest is any name ending in 赛, or a marathon of
    coders (创客马拉松, 黑客松)."""
    return name.endswith(word) or (word in ("比赛", "赛事") and name.endswith(("赛", "松")))


_BARE_EDITION = re.compile(
    r"^(?P<which>首届|第[一二三四五六七八九十\d]{1,3}届|上一?届|本届|下一?届)(?P<word>大会|论坛|峰会|大赛|年会|比赛|赛事|计划)?"
    r"(?=于|在|将|已|举行|举办|召开|开幕|计划|预计|拟|定于|启动|报名|申请|申报|开赛|闭幕|落幕|招生|招募)"
)
_ALSO_BEFORE_TENSE = re.compile(
    r"(?<=[\u4e00-\u9fff」”》]{2})(?:亦|也|还|又|(?<![细规原准法守总])则)(?=已|将|会|打算|计划|拟|预计|与|和|同(?=[\u4e00-\u9fff]{2}))"
    r"|(?<=[\u4e00-\u9fff」”》]{2})(?<![细规原准法守总])则(?=全部|陆续|相继|正式|先后)"
    r"|(?<=[\u4e00-\u9fff」”》]{2})同时(?=暂停|停止|关闭|开放|启用|生效|实施|取消|恢复)"
)
"""亦已, 还将, 也会, 还与, 则全部, 同时暂停: 'also', 'then', 'at the same time', of what the article
told before; a label read alone says 已, 将, 会, 与, 全部, 暂停."""
_TEAM_SIZE = re.compile(r"^(?:团队|研发团队|员工)(?:规模|人数)$")
_FIRMS_OWN = re.compile(
    r"^(?:(?:该|这家)?公司)?(?:完成|获得)?"
    r"(?P<what>(?:[A-E]\+?|Pre-?[A-E]|天使|种子|新一|首)轮(?:融资|投资)?|融资|员工|员工人数|团队|研发团队|研发人员"
    r"|研发人员占比|营业收入|收入|营收|营业额|估值|投后估值|亏损|净亏损|净利润|利润|毛利率|研发投入)$"
)
"""What a firm has or raised, told without its name: B轮融资, 员工, 研发人员占比 (公司完成B轮融资:
the firm's B轮融资)."""


def _year_reviewed(lead: str, published: Published) -> int | None:
    """过去一年—— in a report of January to March: the year before; None otherwise (the last twelve
    months, of no one year)."""
    return published.year - 1 if _PAST_YEAR.search(lead) and (published.month or 12) <= 3 else None


_PAST_YEAR = re.compile(r"过去(?:的)?一年")
_PAST_YEAR_OPENING = re.compile(r"^(?:在)?过去(?:的)?一年(?:里|中|来|间)?[，,]")
_PLANS = re.compile(r"安排|任务|部署|重点|目标|打算|计划|将|(?<![主重需必纲概])要(?![求点])")
_REVIEWS = re.compile(r"过去|回顾|成绩|成效|成果|取得|完成了")
"""A list's lead that tells what is to be done (今年的几项安排：), not what was (过去一年的成绩：)."""


def _aimed(fact: Fact, published: Published) -> Fact:
    """An item of a plan's list, dated no earlier than the article and not told as done, is an aim:
    one due this month too (一是年底前完成…, told on 8 December)."""
    if fact.kind not in (FactKind.MILESTONE, FactKind.FIGURE) or fact.is_target or not fact.date:
        return fact
    this_month = fact.date == published.iso[:7]
    if (is_past(DateMention(0, 0, fact.date), published) and not this_month) or _TOLD_DONE.search(fact.label):
        return fact
    return replace(fact, is_target=True)


_TOLD_DONE = re.compile(r"已|了")


def _full_title(fact: Fact, policies: PolicyNames) -> Fact:
    """《措施》施行 → 《河套深圳园区支持港澳青年创新创业若干措施》施行: a milestone told with a
    document's short name shows the full title the article gave it."""
    if fact.kind is not FactKind.MILESTONE or not (short := _SHORT_TITLE.search(fact.label)):
        return fact
    full = policies.short.get(short.group(0))
    if full is None and policies.last and policies.last.endswith(short.group(1) + "》"):
        full = policies.last
    return replace(fact, label=fact.label.replace(short.group(0), full, 1)) if full else fact


_SHORT_TITLE = re.compile(r"《([^》]{2,4})》")


def _only_names(sentence: Sentence, name: str) -> bool:
    """Whether the sentence is a heading that says nothing but the name (“政策包”, 深港国际科技园):
    a fact of it would answer a question with the question's own words."""
    return sentence.is_heading and _NOT_WORDS.sub("", sentence.text) == _NOT_WORDS.sub("", name)


_COMPARED_WITH = re.compile(COMPARED_WITH + "$")
_ANSWER = re.compile(r"^\s*(?:答|A|发言人)[：:]\s*")
_QUESTION_HEADING = re.compile(r"^\s*(?:0?[1-9]|[一二三四五六七八九十])\s*[｜|、.．]\s*[^。！!，,]{2,20}[？?]\s*$")
"""02｜可以获得哪些支持？: a post's question, which the lines after it answer."""
_ASKED_ABOUT = re.compile(
    r"^\s*(?:问|Q|记者)?[：:]?\s*(?P<what>[\u4e00-\u9fff「」“”]{2,20}?)的?"
    r"(?:何时|什么时候|几时|进度如何|进展如何|进度|如何|怎样|多少|是否|有没有|会否|能否|会[\u4e00-\u9fff]{1,4}吗)"
)
"""问：第二期首批用地何时动工？: what the answer that follows tells of."""
_NO_DOER = re.compile(
    r"^(?:预计|将|计划|会|可望|有望|争取|力争|拟)(?=[\u4e00-\u9fff]{2})"
    r"|^在(?=[^，,。]{1,12}?(?:完成|举行|进行|启动|开展|实现))|^(?:完成|实现|通过)了?(?=[\u4e00-\u9fff]{2})"
)
"""预计…动工, 在南海完成了…海试: a deed whose doer the question before named."""


_ASKED_WHEN = re.compile(r"(?:甚么时候|什么时候|几时|何时)(?P<deed>[\u4e00-\u9fff]{2,8})[？?]")
_WHAT_IS_ARRANGED = re.compile(r"(?:的)?(?:申请|报名|入住|招生)?(?:安排|详情|须知|指南|攻略)$")
_BARE_MEANS = re.compile(r"^(?:经|通过|于|在|可|须|请)")


def _done_when_asked(fact: Fact, explained: str, deed: str, question: str) -> Fact:
    """一文看清｜X申请安排 … 1. 甚么时候接受申请？ 12月14日起…经网站递交: X接受申请 then (the answer
    tells only how, the question what); its text carries the title and the question, as a reader needs."""
    if fact.kind is not FactKind.MILESTONE or not _BARE_MEANS.match(fact.label):
        return fact
    text = f"【{explained}】{question}{fact.text}"
    topic = _WHAT_IS_ARRANGED.sub("", explained)
    topic = topic.removesuffix(deed[-2:]) if len(topic) > len(deed) else topic  # X第三轮申请 … 几时开始申请？: X第三轮
    return replace(fact, label=topic + deed, text=text, id="")


def _bare_is_the_interviewed(fact: Fact, body: str) -> Fact:
    """研究院与香港一所大学合作的…项目将招收…, in an interview with the head of 汐岸海洋研究院: its
    project (a bare head noun the body's name ends in is the body)."""
    if fact.kind is not FactKind.MILESTONE:
        return fact
    named = _of_the_interviewed(fact.label, body)
    return fact if named == fact.label else replace(fact, label=named)


def _of_the_interviewed(what: str, body: str) -> str:
    """研究院的深海观测平台, asked of the head of 汐岸海洋研究院: 汐岸海洋研究院的深海观测平台."""
    bare = next((noun for noun in BARE_NOUNS if what.startswith(noun) and body.endswith(noun)), None)
    return body + what[len(bare) :] if bare and body else what


_NTH_OF_A_KIND = re.compile(r"第[一二三四五六七八九十\d]+代|[一二三四五]期")
"""第二代, 三期: which one of a product or of works a question asks of, which its answer may name."""


def _of_what_was_asked(fact: Fact, asked_about: str) -> Fact:
    """答：（我们）预计二〇二九年上半年动工: what the question asked of does it."""
    if fact.kind is not FactKind.MILESTONE or not _NO_DOER.match(fact.label) or asked_about in fact.label:
        return fact  # 问：首批见习生何时上岗？答：预计首批见习生将…: told already
    if any(nth in fact.label for nth in _NTH_OF_A_KIND.findall(asked_about)):
        return fact  # 问：第二代产品何时推出？答：我们计划…推出第二代巡检机器人: the answer names it, its maker does it
    head = asked_about.rsplit("的", 1)[-1]  # 跨境专用通道的通行时间会延长吗？…将通行时间延长至…: whose
    if "的" in asked_about and len(head) >= 2 and head in fact.label and asked_about not in fact.label:
        if fact.label[fact.label.index(head) - 1 : fact.label.index(head)] == "的":
            return fact  # 问：第二期的建造工程何时招标？答：…先就首批三座大楼的建造工程招标: whose, told
        return replace(fact, label=fact.label.replace(head, asked_about, 1))
    return replace(fact, label=asked_about + fact.label)


_AIM_ONLY = frozenset({"目标", "目标是", "目标为"})
_PEOPLE = ("名", "人")


def _people_counted(measures: dict[str, str]) -> str:
    """The measure last told of people, in 名 or in 人 (18名员工…增至40人: one count)."""
    return next((measures[unit] for unit in _PEOPLE if unit in measures), "")


_KIND_ONLY = frozenset({"新增", "新引进", "新签约", "累计", "共"})
_ADDED = r"新增|新引进|新设立|新认定|新签约|新注册|新登记"
_ADDED_IN_ALL = re.compile(rf"{_ADDED}|获评|获奖|入选|获选|获颁")
"""新增注册企业…，其中港资企业…; 共有10人获评，其中香港科研人员4人: a part of those added or chosen."""
_TOTAL_ONLY = frozenset({"总数", "总量", "总计", "合计", "累计总数"})
_TIMES_OF_THE_WEEK = frozenset({"周末", "假日", "节假日", "公众假期", "周六", "周日", "平日", "工作日", "高峰时段"})
"""周末增至约1,100人次 after 每日约有450人次使用: that measure at another time of the week."""
_DEED_ONLY = re.compile(r"(?:全年|今年|年内|当年|明年)(?P<deed>新增|引进|新引进|签约|落地|新设立)")
"""预计全年引进不少于40个 after 8个港澳团队: the year's deed, of what the sentence counted before."""
_CHANGE_ONLY = frozenset({"增加", "增长", "增加了", "再增加", "再增加了", "又增加", "又增加了", "增", "减少"})
"""A measure that is only the kind of count: what it counts was named before it."""
_LIMITED_TO = re.compile(r"(?:限购|限领|限借|限带|限报)$")
_LEVEL_BEFORE_CHANGE = re.compile(rf"[^\d，,。；;]{{0,3}}?[，,]?{CHANGED_TO}")
_WILL_DO = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:将|会)(?:向|在|于|为)?[\u4e00-\u9fff]{0,6}?(?:开放|参加|参与|参展|亮相|展示|举办|出席)"
)
_PLANNED = re.compile(
    r"(?<!现)将|预计|估计|可容纳|拟(?!定|认定|入选|资助|立项|录用|聘用)|有望|建成后|落成后|计划(?=投资|投入|建设|引进|新增|设立)"
)
"""A figure told as what will be (建成后将引进约200名, 预计可容纳逾1,000名) when no date says by
when: a plan, not a value of today; kept undated so that it joins no series."""
_OF_ITS_OWN = re.compile(r"[\u4e00-\u9fff」”]的[\u4e00-\u9fff]{2}")
"""A measure naming its noun after 的 (纳入名单的单位) is its own, not the one counted before."""
_CUMULATIVE = re.compile(r"\s*(?:累计|共计|合计|总计)")
_NEWLY = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{0,6}?)(?:新认定|新增|新引进|新交付|新建成)|^新")


def _without_newly(measure: str) -> str:
    """新增X → X; 园区新增X → 园区X: what was added, which 累计 counts in all (园区新增…平台3个，
    累计达到52个: 园区…平台, not 园区新增…平台 again)."""
    return _NEWLY.sub(lambda added: added.group("owner") or "", measure, count=1)


_CHANGE = re.compile(r"增加|增长|减少|提高|提升|下降|上升|降低|节省|节约|缩短|新增|多|少")


_TELLS = re.compile(r"[\u4e00-\u9fff]")
_ASKS = re.compile(r"[？?][”」』）)]?$|^(?:问|记者)[：:]")


def _tells_something(text: str) -> bool:
    """A sentence worth finding although it holds no fact of a kind: a whole sentence (not a
    heading, a caption's line or a credit), long enough to say something, not a question."""
    whole = text.rstrip("”」』）)\"'")[-1:] in ("。", "！", "!", "；", ";", "…")
    return (
        whole
        and len(_TELLS.findall(text)) >= 12
        and not is_caption(text)
        and not is_credit(text)
        and not _ASKS.search(text)
    )


_SAID_TWICE = re.compile(r"([\u4e00-\u9fff]{2})\1")
_BARE_GRANT = frozenset({"奖励", "补贴", "资助", "补助", "支持", "奖金"})
"""给予一次性50万元奖励: a grant the policy carries, of no measure a reader could ask for alone."""


_HEARD_SO = re.compile(
    r"^\s*(?:问|Q|记者)[：:]\s*(?:听说|据说|据悉|据了解|有消息说)(?P<what>[\u4e00-\u9fff「」“”]{2,20}?)"
    r"(?:已经|已|将|会|正在)(?=[^？?]*[？?]\s*$)"
)
"""记者：听说研究院的深海观测平台已经在今年10月完成了首次海试？: what a yes or no answers of."""
_YES_SAID = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}[：:]\s*(?:是的|对|没错|对的|确实)[，,。]")
"""岱川：是的，10月中旬在南海完成了…: the answer to the question before, whose subject it leaves out."""
_ASKED = re.compile(r"[？?]\s*$")
"""An interviewer's question: the year it asks of is the year of the answer's list."""
_WORK_AHEAD = re.compile(r"下一步|接下来|下阶段|今后|(?:将|要)重点(?:做好|抓好|推进)|工作(?:安排|重点)")
"""A lead of work to be done, whose items each carry their own dates (一是年底前…；二是明年一季度…)."""
_CONTENT_LEAD = re.compile(
    r"(?:措施|政策|举措|办法|细则|条款|政策包|计划|方案)[^，,。；;：:]{0,6}?(?:主要|具体)?(?:有|包括|涵盖|分为)[^，,。；;：:]{0,8}[：:]$"
)
"""今年出台的支持措施主要有三方面：一是…: the lead names measures and the items are their content,
not a work plan's items each done in the lead's year."""
_FIRST_OF_A_GROUP = re.compile(
    rf"(?P<owner>[\u4e00-\u9fff]{{0,10}}?)首批(?P<noun>[\u4e00-\u9fff]{{0,4}}(?:{PEOPLE_COUNTED}))"
)
_CORRECTION_LINE = re.compile(r"原文[“「][^”」]+[”」][，,]?(?:应为|应改为|更正为|改为)[“「](?P<right>[^”」]+)[”」]")
"""A correction's line: what was printed, then what is right."""
_OF_THEM = re.compile(r"^\s*(?:其中|(?:分|按|从)(?:行业|产业|领域|区域|地区|板块|类别|结构|门类)(?:来?看|划分)?)[，,]")
"""其中，…; 分行业看，…: the period's totals broken down, of the same period."""
_ADDED_THEN = re.compile(rf"^\s*(?:{_ADDED})(?=[\u4e00-\u9fff])")
"""1—10月，…。新登记企业1,046家: what was added, with no time of its own, over the period told before."""
_SAME_PERIOD = frozenset({"同期"})
_OF_A_PERIOD = re.compile(
    r"季度|上半年|下半年|全年|\d{1,2}月?[—\-－至~到]\d{1,2}月|[前首头](?:\d{1,2}|[一二两三四五六七八九十]{1,3})个?月"
    r"|^(?:(?:19|20)\d{2}年度?|去年|上年)$"
)
"""前三季度, 1—9月, 上半年, 2033年: a period whose totals a sentence opening 其中， breaks down."""
_RATE = re.compile(r"每[人月年家个名位项][^，,。；;]{0,5}$|最高可[获达得]$")
"""每年最高100万元, 最高可获500万元: what a policy grants, which it carries."""
_HORIZON = re.compile(r"(?:或)?(?:之|以)?前")


def _horizon(text: str, date: DateMention) -> bool:
    """在2027年3月31日或之前, 即日起至12月20日: a deadline, which 同日 and 当天 do not repeat (时间回到
    2017年1月3日。这一天，…: a day the story goes back to, which they do)."""
    until = text[max(0, date.start - 2) : date.start]
    return bool(_HORIZON.match(text, date.end)) or (until[-1:] in ("至", "到") and until not in ("截至", "回到"))


def _names_tagged(tagged: list[tuple[str, str]]) -> list[str]:
    """The people jieba tags (nr), a lone surname joined to the given name it cut off (李/卫东:
    李卫东, not 卫东, though 卫 is a surname too)."""
    names: list[str] = []
    before = ""
    for word, flag in tagged:
        surname_before = before == "nr" and names and len(names[-1]) == 1 and names[-1] in SURNAMES
        if flag == "nr" and surname_before and len(word) <= 2:
            names[-1] += word
        elif flag == "nr":
            names.append(word)
        before = flag
    return [name for name in names if len(name) > 1]


_PRONOUN = re.compile(r"[她他](?![们人])|(?=从[\u4e00-\u9fff]{2,20}?(?:大学|学院)[\u4e00-\u9fff]{0,6}?毕业$)")
"""她决定…, and 从X大学硕士毕业 (2019年从X毕业后，他…): whose the deed is, the person named before."""
_PERSON_WINDOW = 300
"""Characters of the article before a 她 or 他 in which the person is looked for."""
_SPOKE = re.compile(
    rf"[^，,。；;「“]{{0,30}}?(?:局长|司长|部长|市长|区长|署长|处长|行政长官|特首|发言人)[^，,。；;「“]{{0,12}}?"
    rf"(?:{SAYING.pattern})[，,：:]"
)
"""局长孙东致辞时表示，…: an official who opens a sentence by speaking, as officials speak of
everything (a firm's chief speaks of the firm's own deeds)."""


def _told_of(label: str, text: str) -> str:
    """The part of a sentence that tells of a policy it names: of a sentence listing several
    things (通过“科汇通”试点…；落地总规模51亿元的社保基金…；…超1.7亿元), the piece between
    semicolons that names it, so that the other pieces' amounts are not its own; else the
    sentence from the clause that names it on."""
    core = re.sub(r"[《》「」“”\"'试点]", "", label)[:4]
    pieces = re.split(r"[；;]", text)
    named = [piece for piece in pieces if core and core in re.sub(r"[《》「」“”\"']", "", piece)]
    if named and len(pieces) > 1:
        return "；".join(named)
    at = text.find(label[:4]) if label[:4] in text else -1
    return text[start_of_clause(text, at) :] if at > 0 else text  # 预留约五十亿元，…，并推出X: not X's money


def _same_time(text: str, dates: list[DateMention], since: int, until: int) -> bool:
    """Nothing between two figures of a sentence tells another time: no date, no 截至, 已, 累计…"""
    return not any(since <= d.start < until for d in dates) and not NOW.search(text[since:until])
