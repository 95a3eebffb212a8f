"""A one-line answer in English for an English question, where the fact allows one.

The evidence stays in Chinese, as the articles wrote it; above it, an English reader gets
what can be said reliably from the fact's structure: a figure's measure, value, unit and date,
or a milestone's date, what kind of event it was and the English names (from the glossary in
the lexicon) of what it was about. Nothing is machine-translated.
"""

from __future__ import annotations

import calendar
import re

from hetao_brief.extract.verbs import EVENT_VERB
from hetao_brief.extract.vocabulary import POLICY_MEASURES
from hetao_brief.facts import Fact, FactKind
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import fold

EVENT_VERBS = {
    "issue": "issued",
    "sign": "signed",
    "build": "reached a construction milestone",
    "open": "opened",
    "launch": "launched an initiative",
    "found": "was set up",
    "award": "was awarded",
    "settle": "moved in",
    "hold": "was held",
    "pilot": "was piloted",
    "visit": "was visited",
    "appoint": "announced an appointment",
    "change": "was adjusted",
    "court": "came before a court",
    "incident": "had an incident",
    "reach": "reached its mark",
}
EVENT_NOUNS = {
    "issue": "to be issued",
    "sign": "to be signed",
    "build": "a construction milestone",
    "open": "to open",
    "launch": "to launch an initiative",
    "found": "to be set up",
    "award": "an award",
    "settle": "to move in",
    "hold": "to be held",
    "pilot": "a pilot",
    "visit": "a visit",
    "appoint": "an appointment to be made",
    "change": "to be adjusted",
    "court": "a court date",
    "incident": "an incident",
    "reach": "a mark to reach",
}
"""What a target of each kind of event is, said after its subject (…: Hong Kong Park — to open)."""
EVENT_HAPPENINGS = {
    "issue": "a document issued",
    "sign": "a signing",
    "build": "a construction milestone",
    "open": "an opening",
    "launch": "a launch",
    "found": "a founding",
    "award": "an award",
    "settle": "a move-in",
    "hold": "an event held",
    "pilot": "a pilot",
    "visit": "a visit",
    "appoint": "an appointment",
    "change": "a change of service",
    "court": "a court hearing or ruling",
    "incident": "an incident",
    "reach": "a mark reached",
}
"""What happened, where the label's subject is a thing of a named place the glossary cannot name
(…: an opening at Hong Kong Park)."""
QUALIFIERS = {"约": "about", "近": "nearly", "超过": "over", "超": "over", "逾": "over", "余": "over", "多": "over",
              "以上": "over", "最高": "up to", "不足": "under", "达": "", "共": "", "累计": "a total of",
              "合共约": "a total of about", "不超过": "at most", "最高不超过": "up to", "不少于": "at least",
              "至少": "at least", "最多": "up to", "突破": "over", "过": "over", "约为": "about", "约有": "about",
              "高达": "as much as", "最高可达": "up to"}  # fmt: skip
UNITS = {
    "平方公里": "km²",
    "平方米": "m²",
    "公顷": "hectares",
    "吨": "tonnes",
    "公里": "km",
    "立方米": "m³",
    "千瓦": "kW",
    "千瓦时": "kWh",
    "元": "yuan",
    "港元": "HK dollars",
    "美元": "US dollars",
    "欧元": "euros",
    "澳门元": "patacas",
    "人次": "visits",
    "%": "%",
    "倍": "times",
}


def when(date: str) -> str:
    """2023-09 → September 2023; 2024-06-11 → 11 June 2024; 2035 → 2035."""
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = calendar.month_name[int(parts[1])]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def amount(value: float) -> str:
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if value >= size:
            return f"{value / size:.3g} {word}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "a", "an", "to"})


def title_case(name: str) -> str:
    """The glossary keeps names folded (lower case): hong kong science park → Hong Kong Science Park."""
    words = name.split()
    return " ".join(
        w.upper()
        if len(w) == 2 and w.isalpha() and w not in _SMALL_WORDS  # ai → AI
        else w
        if w.isupper() or (i and w in _SMALL_WORDS)
        else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for i, w in enumerate(words)
    )


def english_names(fact: Fact, lexicon: Lexicon) -> list[str]:
    """The glossary's English names of what the fact is about, in the fact's order: those its
    label names, or, where it names none, its sentence's (not 福田区 of 福田区水务局 told as the
    source of a plant's news, nor a company, which does things rather than hosts them)."""
    for told in (fact.label, fact.text):
        names: list[str] = []
        groups = [group for _, group in lexicon.names_in(fold(told))]
        if told is not fact.label:  # X公司宣布，园区穿梭巴士的程式…上线: the firm told it; nothing happened at it
            groups = [group for group in groups if not group.canonical.endswith("公司")]
        in_a_park = any(group.id in _PARKS for group in groups)
        for group in groups:
            if in_a_park and group.id == _ZONE:
                continue  # 河套…大赛在河套深圳园区举行: at Shenzhen Park, which is in the zone (not "Hetao and …")
            if group.is_entity and group.en and title_case(group.en[0]) not in names:
                names.append(title_case(group.en[0]))
        if names:
            return names
    return []


_ZONE = "hetao"
_PARKS = frozenset({"shenzhen-park", "hk-park"})
"""The zone and its two parks: a fact that names a park is placed there, not in "Hetao and" it."""
_TITLED = re.compile(r"《[^》]+》")


def _issuer_and_document(label: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """Who issued what, where the label names both (国务院印发《…发展规划》: the State Council,
    the Development Plan), the document by its title; None otherwise."""
    folded = fold(label)
    titles = [m.span() for m in _TITLED.finditer(folded)]
    documents: list[str] = []
    others: list[str] = []
    for name, group in lexicon.names_in(folded):
        if group.is_entity and group.en:
            at = folded.find(name)
            (documents if any(start <= at < end for start, end in titles) else others).append(title_case(group.en[0]))
    return (others[0], documents[0]) if documents and others else None


_MEASURE_FILLER = re.compile(r"的|面积|总数|数量|总量|[\s、]")


def _measure(fact: Fact, lexicon: Lexicon) -> str | None:
    """The measure in the glossary's words, or None unless they name all of it: 人工智能企业 is
    no count of "AI" (企业 has no name there), 新增科技企业 no count of all tech companies."""
    measure = fold(fact.measure or "")
    found = [(name, group) for name, group in lexicon.names_in(measure) if group.en]
    rest = measure
    for name, _ in found:
        rest = rest.replace(name, "", 1)
    named = [title_case(group.en[0]) for _, group in found]
    if found and POLICY_MEASURES.fullmatch(_MEASURE_FILLER.sub("", rest)):
        return f"Measures in the {named[0]}"  # 联合政策包具体举措 28条
    if not found or _MEASURE_FILLER.sub("", rest):
        return None
    if "面积" in measure:
        return f"Area of {named[0]}"
    return " of ".join(reversed(named[:2]))


_IN_FORCE = re.compile(r"施行|生效|实施")
"""施行, 生效: the day rules take effect, which the verb classes file with issuing."""


def one_line(fact: Fact, lexicon: Lexicon) -> str | None:
    """The English line for a fact, or None where its structure says too little."""
    if fact.kind is FactKind.FIGURE and fact.value is not None and (fact.date or fact.is_target):
        measure = _measure(fact, lexicon)
        if measure is None:
            return None
        qualifier = QUALIFIERS.get(fact.qualifier or "", "")
        unit = UNITS.get(fact.unit or "", "")
        number = " ".join(p for p in (qualifier, amount(fact.value), unit) if p)
        if not fact.date:  # 预计工程费用约十八亿元: planned, by no date told
            return f"Planned: {measure} — {number}."
        prefix = f"Target for {when(fact.date)}" if fact.is_target else f"As of {when(fact.date)}"
        return f"{prefix}: {measure} — {number}."
    if fact.kind is FactKind.MILESTONE and fact.date:
        names = english_names(fact, lexicon)[:2]
        kind = fact.event or ""
        if not names or kind not in EVENT_VERBS:
            return None  # a name without what happened to it would be a line with its verb missing
        subject = " and ".join(names)
        if kind == "issue" and _IN_FORCE.search(fact.label):  # 《X措施》自…起施行: not a document issued then
            since = "From" if fact.is_target else "On" if len(fact.date) == len("2032-01-01") else "In"
            tense = "takes" if fact.is_target else "took"
            return f"{since} {when(fact.date)}: a document of {subject} {tense} effect."
        at = "of" if _schemes_alone(fact.label, lexicon) else "at"  # a pilot of a scheme, not at it
        if fact.is_target and not _named_alone(fact.label, lexicon):  # 深圳园区污水处理站…投入运行
            return f"Target for {when(fact.date)}: {EVENT_HAPPENINGS[kind]} {at} {subject}."
        if fact.is_target:
            return f"Target for {when(fact.date)}: {subject} — {EVENT_NOUNS[kind]}."
        if kind == "issue" and (issued := _issuer_and_document(fact.label, lexicon)):
            return f"{when(fact.date)}: {issued[0]} issued the {issued[1]}."  # not "A and B issued"
        if not _named_alone(fact.label, lexicon):  # 港深创科园首个国际会议中心启用: not the park's opening
            return f"{when(fact.date)}: {EVENT_HAPPENINGS[kind]} {at} {subject}."
        return f"{when(fact.date)}: {subject} {EVENT_VERBS[kind]}."
    return None


_FILLER = re.compile(r"正式|已经|已|将|预计|顺利|首批|宣布|共同|联合|全面|基本|全部|陆续|[于在的和与及、“”「」《》\s]")


def _named_alone(label: str, lexicon: Lexicon) -> bool:
    """Whether what the label says happened, happened to the glossary's names alone: the words
    before its event verb are those names (and particles), not a thing of theirs the glossary
    cannot name (its conference centre, its second phase)."""
    folded = fold(label)
    verb = EVENT_VERB.search(folded)
    subject = folded[: verb.start()] if verb else folded
    for name, group in lexicon.names_in(subject):
        subject = re.sub(re.escape(name) + (_SCHEMES_OWN_WORD if group.is_scheme else ""), "", subject, count=1)
    return len(_FILLER.sub("", subject)) < 2


_SCHEMES_OWN_WORD = r"[」”\"]?(?:业务|试点|服务|计划|项目)?"
"""「科汇通」业务 is the scheme itself, told with its own word."""


def _schemes_alone(label: str, lexicon: Lexicon) -> bool:
    """Whether every glossary name the label gives is a scheme's (科汇通): no place to be "at"."""
    groups = [group for _, group in lexicon.names_in(fold(label)) if group.is_entity]
    return bool(groups) and all(group.is_scheme for group in groups)


__all__ = ["one_line", "when"]
