"""The store and reload on a real SQLite file and the real PostgreSQL."""

import dataclasses
import threading
from pathlib import Path

from sqlalchemy import select

from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.store.facts import FactRepository
from hetao_brief.store.tables import FactTermsRow, ReloadRow, SubscriptionRow
from hetao_brief.store.terms import TermRepository, decode_terms, encode_terms
from hetao_brief.text.lexicon import Lexicon


def test_reload_stores_and_diffs_facts(database: Database, lexicon: Lexicon, corpus_copy: Path) -> None:
    briefing = Briefing(database, lexicon, corpus_copy)
    first = briefing.reload()
    assert first.articles == 5 and first.added > 200 and first.removed == 0 and not first.errors
    second = briefing.reload()
    assert (second.added, second.removed, second.unchanged) == (0, 0, first.added)
    with database.unit_of_work() as session:
        stored = FactRepository(session).all()
        reloads = session.scalars(select(ReloadRow)).all()
    assert len(stored) == first.added and len(reloads) == 2
    assert {s.fact.id: s.fact for s in stored} == {f.id: f for f in briefing.facts()}  # every field, every source


def test_restart_serves_from_the_database(database: Database, lexicon: Lexicon, corpus_copy: Path) -> None:
    Briefing(database, lexicon, corpus_copy).reload()
    restarted = Briefing(database, lexicon, corpus_copy)
    assert restarted.start() is None  # no re-extraction
    assert restarted.ask("科汇通").results


QUESTIONS = ["科汇通", "河套合作區面積", "Siemens", "科技人才", "国务院什么时候印发发展规划"]


def plant_term(database: Database, fact_id: str, term: str) -> None:
    """Add a term to a fact's kept terms that no analysis would make, to tell whether an index
    was built from the kept terms."""
    with database.unit_of_work() as session:
        row = session.get(FactTermsRow, fact_id)
        assert row is not None
        row.terms = encode_terms(decode_terms(row.terms) | {term: 3})


def test_a_restart_builds_its_index_from_the_kept_terms(
    database: Database, lexicon: Lexicon, corpus_copy: Path
) -> None:
    first = Briefing(database, lexicon, corpus_copy)
    first.reload()
    restarted = Briefing(database, lexicon, corpus_copy)
    restarted.start()
    assert all(restarted.ask(q, limit=10) == first.ask(q, limit=10) for q in QUESTIONS)  # scores too
    planted = first.facts()[7]
    plant_term(database, planted.id, "zzplanted")
    again = Briefing(database, lexicon, corpus_copy)
    again.start()
    assert [r.fact_id for r in again.ask("zzplanted").results] == [planted.id]


def test_terms_another_analysis_made_are_made_again_and_kept(
    database: Database, lexicon: Lexicon, corpus_copy: Path
) -> None:
    Briefing(database, lexicon, corpus_copy).reload()
    with database.unit_of_work() as session:
        some_id = session.scalars(select(FactTermsRow.fact_id)).first()
    assert some_id is not None
    plant_term(database, some_id, "zzplanted")
    changed = dataclasses.replace(lexicon, stopwords=lexicon.stopwords | {"开园"})
    restarted = Briefing(database, changed, corpus_copy)
    restarted.start()
    assert restarted.analyzer.fingerprint != Briefing(database, lexicon, corpus_copy).analyzer.fingerprint
    assert not restarted.ask("zzplanted").results
    with database.unit_of_work() as session:
        kept = TermRepository(session).kept(restarted.analyzer.fingerprint)
    assert kept.keys() == {f.id for f in restarted.facts()}  # kept for the next start
    assert not any("开园" in decode_terms(terms) for terms in kept.values())
    assert any("开园" in fact.text for fact in restarted.facts())


def test_terms_made_at_a_start_are_not_kept_over_a_newer_reload(
    database: Database, lexicon: Lexicon, corpus_copy: Path
) -> None:
    Briefing(database, lexicon, corpus_copy).reload()
    reloading = Briefing(database, lexicon, corpus_copy)

    class ReloadedMeanwhile(Briefing):
        def _keep_terms(self, made: dict[str, str], reload_id: int) -> None:
            (corpus_copy / "000_77e77191bfe88b89.md").unlink()
            reloading.reload()  # replaces the facts, and their terms, after this start read them
            super()._keep_terms(made, reload_id)

    changed = dataclasses.replace(lexicon, stopwords=lexicon.stopwords | {"开园"})
    ReloadedMeanwhile(database, changed, corpus_copy).start()
    with database.unit_of_work() as session:
        assert not TermRepository(session).kept(ReloadedMeanwhile(database, changed, corpus_copy).analyzer.fingerprint)
        kept = TermRepository(session).kept(reloading.analyzer.fingerprint)
    assert kept.keys() == {f.id for f in reloading.facts()}


def test_removed_article_facts_disappear_and_first_seen_survives(
    database: Database, lexicon: Lexicon, corpus_copy: Path
) -> None:
    """The database is the corpus of record: a file gone from the disk takes nothing with it;
    removing an article is an admin's explicit act, and takes its facts."""
    briefing = Briefing(database, lexicon, corpus_copy)
    briefing.reload()
    seen_before = dict(briefing.snapshot.first_seen)
    (corpus_copy / "000_77e77191bfe88b89.md").unlink()
    assert briefing.reload(corpus_copy).articles == 5
    summary = briefing.remove_article("000_77e77191bfe88b89")
    assert summary.articles == 4 and summary.removed > 0 and summary.added >= 0
    assert not any(s.article_id.startswith("000") for f in briefing.facts() for s in f.sources)
    kept = [f.id for f in briefing.facts() if f.id in seen_before]
    assert kept and all(briefing.snapshot.first_seen[i] == seen_before[i] for i in kept)


def test_bad_article_is_reported_and_others_load(database: Database, lexicon: Lexicon, corpus_copy: Path) -> None:
    (corpus_copy / "broken.md").write_bytes(b"+++\ntitle = 'x'\n+++\n\xff\xfe not utf-8")
    (corpus_copy / "nofront.md").write_text("只是一段没有元数据的文字，没有标题也没有日期。", encoding="utf-8")
    summary = Briefing(database, lexicon, corpus_copy).reload()
    assert summary.articles == 5
    reasons = dict(summary.errors)
    assert "UTF-8" in reasons["broken.md"] and "front matter" in reasons["nofront.md"]


def test_an_article_that_breaks_keeps_its_last_good_facts(
    database: Database, lexicon: Lexicon, corpus_copy: Path
) -> None:
    briefing = Briefing(database, lexicon, corpus_copy)
    briefing.reload()
    before = {f.id for f in briefing.facts()}
    (corpus_copy / "004_805d5054d6d1d388.md").write_text("+++\ntitle = \n+++\n", encoding="utf-8")
    summary = briefing.reload(corpus_copy)
    assert [f for f, _ in summary.errors] == ["004_805d5054d6d1d388.md"]
    assert summary.kept_previous == ["004_805d5054d6d1d388.md"]
    assert {f.id for f in briefing.facts()} == before
    assert (summary.added, summary.removed) == (0, 0)


def test_reload_leaves_users_data_alone(database: Database, lexicon: Lexicon, corpus_copy: Path) -> None:
    from datetime import UTC, datetime

    briefing = Briefing(database, lexicon, corpus_copy)
    briefing.reload()
    with database.unit_of_work() as session:
        session.add(SubscriptionRow(chat_id=42, cadence="daily", at_time="09:00", created_at=datetime.now(UTC)))
    briefing.reload()
    with database.unit_of_work() as session:
        assert session.scalars(select(SubscriptionRow.chat_id)).all() == [42]


def test_queries_during_reload_see_a_complete_index(database: Database, lexicon: Lexicon, corpus_copy: Path) -> None:
    briefing = Briefing(database, lexicon, corpus_copy)
    briefing.reload()
    full = len(briefing.facts())
    sizes: list[int] = []
    failures: list[BaseException] = []
    done = threading.Event()

    def ask_repeatedly() -> None:
        while not done.is_set():
            try:
                answer = briefing.ask("中试平台")
                assert answer.results
                sizes.append(len(briefing.snapshot.index))
            except BaseException as err:
                failures.append(err)

    reader = threading.Thread(target=ask_repeatedly)
    reader.start()
    try:
        for _ in range(2):
            briefing.reload()
    finally:
        done.set()
        reader.join()
    assert not failures
    assert sizes and set(sizes) == {full}


def test_saved_queries_older_than_a_week_are_pruned(database: Database) -> None:
    from datetime import UTC, datetime, timedelta

    from hetao_brief.store.saved_queries import SavedQueryRepository

    now = datetime(2026, 12, 1, tzinfo=UTC)
    with database.unit_of_work() as session:
        old = SavedQueryRepository(session).save("旧的长查询" * 10, now - timedelta(days=8))
        fresh = SavedQueryRepository(session).save("新的长查询" * 10, now - timedelta(days=1))
    with database.unit_of_work() as session:
        assert SavedQueryRepository(session).prune(now - timedelta(days=7)) == 1
    with database.unit_of_work() as session:
        assert SavedQueryRepository(session).get(old) is None
        assert SavedQueryRepository(session).get(fresh) is not None
