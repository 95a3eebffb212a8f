"""Article → facts: sentences, dates, quantities, then milestones, policies, figures and
entities, merged across articles. Deterministic: rules, the lexicon, jieba and cn2an."""

from hetao_brief.extract.pipeline import Extractor

__all__ = ["Extractor"]
