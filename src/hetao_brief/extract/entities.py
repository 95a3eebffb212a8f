"""Entities: organisations, parks, platforms and clusters.

Known names come from the lexicon (with their aliases folded to one canonical name); unknown
ones are found by their tail (…研究院, …实验室, …中心), growing leftwards over jieba words
until a verb or function word.
"""

from __future__ import annotations

import re

from hetao_brief.lexicon import Lexicon
from hetao_brief.normalize import fold
from hetao_brief.segment import Segmenter, is_word

_SUFFIX = re.compile(
    r"(研究院|研究所|研究中心|实验室|创新中心|研发中心|服务中心|仲裁中心|联盟|交易所|产业园|"
    r"有限公司|公司|基地|集群|聚集区|分园|科技园|学城|口岸|办公室|发展署|大学)$"
)
_BOUNDARY = re.compile(
    r"^(的|了|和|及|与|以及|等|在|向|由|为|是|有|将|已|把|对|从|于|引进|引入|集聚|集聚了|聚集|建设|推动|"
    r"聚焦|包括|设立|成立|落户|入驻|进驻|支持|协助|打造|建立|汇聚|布局|形成|还有|周边|其中|如|这|该|"
    r"一批|首个|首批|通过|联合|共同|加快|积极|正在|目前|当前|今年|去年|已经|推进|开展|依托|联动|来自|"
    r"位于|作为|建成|带动|吸引|做强|新建|首次|两大|五大|六大|一个|日|月|年|内|\d.*)$"
)
_MAX_LEN = 20
_JUNK_START = re.compile(r"^(个|家|间|所|这些|这|拥有|类|促使|一个个|其)")


def entities_in(text: str, lexicon: Lexicon, segmenter: Segmenter) -> list[str]:
    """Canonical names of known entities, then unknown names found by suffix."""
    folded = fold(text)
    names = lexicon.entity_names_in(folded)
    known = set(names) | {n for n, _ in lexicon.names_in(folded)}
    words = segmenter.words(text)
    for i, word in enumerate(words):
        if not _SUFFIX.search(word):
            continue
        parts = [word]
        for prev in reversed(words[:i]):
            if not is_word(prev) or _BOUNDARY.match(prev) or len("".join(parts)) + len(prev) > _MAX_LEN:
                break
            parts.insert(0, prev)
        name = "".join(parts)
        plausible = 4 <= len(name) <= _MAX_LEN and not _JUNK_START.match(name)
        if plausible and name not in names and not any(fold(name) in k for k in known):
            names.append(name)
    return names
