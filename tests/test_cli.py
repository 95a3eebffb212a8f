"""The `hetao-brief` command, run as a user runs it: a real process, a real SQLite file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CORPUS

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("cli_state")]  # one worker reloads the state


def run(
    args: list[str], tmp_path: Path, stdin: str = "", env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HETAO_STATE_DIR": str(tmp_path / "state"), "HETAO_DATABASE_URL": "", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "hetao_brief.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli")
    assert run(["reload"], path).returncode == 0
    return path


def test_ask_prints_answers_with_sources(state: Path) -> None:
    result = run(["ask", "科汇通"], state)
    assert result.returncode == 0, result.stderr
    assert "科汇通" in result.stdout and "📰" in result.stdout
    assert "<i>" not in result.stdout and "&lt;" not in result.stdout  # plain text, no markup


def test_ask_json_has_the_documented_shape(state: Path) -> None:
    result = run(["ask", "河套合作區面積", "--json", "--limit", "2"], state)
    data = json.loads(result.stdout)
    assert data["query"] == "河套合作區面積" and len(data["results"]) == 2
    first = data["results"][0]
    assert {"kind", "text", "date", "sources", "score"} <= first.keys()
    assert "3.89平方公里" in first["text"] and "面積" not in data["results"][0]["sources"][0]["title"][:0]


def test_the_dictionary_is_cached_where_hetao_cache_dir_says(state: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for _ in range(2):  # builds the cache, then reads it
        result = run(["ask", "科汇通"], state, env_extra={"HETAO_CACHE_DIR": str(cache)})
        assert result.returncode == 0, result.stderr
        assert "科汇通" in result.stdout
    assert [p.name.startswith("words-") for p in cache.iterdir()] == [True]


def test_ask_reads_many_queries_from_stdin(state: Path) -> None:
    result = run(["ask"], state, stdin="科汇通\n\n中试平台\n" + "河" * 1000 + "\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"][:4] for line in lines] == ["科汇通", "中试平台", "河" * 4]
    assert lines[0]["results"] and lines[1]["results"]
    assert lines[2]["error"] == "too_long"


@pytest.mark.parametrize("query", ["", "\x01\x02", "a" * 100_000])
def test_bad_queries_exit_nonzero_without_traceback(state: Path, query: str) -> None:
    result = run(["ask", query], state)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "query rejected" in result.stderr


def test_facts_json_filters_by_kind(state: Path) -> None:
    result = run(["facts", "--kind", "milestone", "--json"], state)
    facts = json.loads(result.stdout)
    assert facts and {f["kind"] for f in facts} == {"milestone"}
    assert all(f["sources"][0]["title"] for f in facts)


def test_reload_reports_summary_and_bad_corpus_dir(tmp_path: Path) -> None:
    result = run(["reload", "--data", str(CORPUS)], tmp_path)
    assert result.returncode == 0 and "5" in result.stdout
    missing = run(["reload", "--data", str(tmp_path / "nowhere")], tmp_path)
    assert missing.returncode == 2 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr


def test_digest_prints_sections(state: Path) -> None:
    result = run(["digest"], state)
    assert result.returncode == 0
    for header in ("主要政策", "最新进展", "发展目标"):
        assert header in result.stdout
    topic = run(["digest", "--topic", "中试平台"], state)
    assert "中试平台" in topic.stdout


def test_chat_runs_the_conversation_in_the_terminal(state: Path) -> None:
    result = run(["chat"], state, stdin="科匯通\n!1\n/subscribe weekly 08:00\n/timeline\n/nonsense\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "關於「科匯通」" in out and "[!1]" in out and "第 4–" in out  # 繁 answer, then its next page
    assert "订阅成功" in out and "chart written to" in out and "/nonsense" in out
    assert "<b>" not in out


@pytest.mark.parametrize(
    ("token", "message"), [("", "TELEGRAM_BOT_TOKEN is not set"), ("12:short", "TELEGRAM_BOT_TOKEN is malformed")]
)
def test_run_without_a_good_token_is_a_one_line_error(tmp_path: Path, token: str, message: str) -> None:
    result = run(["run"], tmp_path, env_extra={"TELEGRAM_BOT_TOKEN": token})
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_terminal_user_is_the_operator(state: Path) -> None:
    result = run(["chat"], state, stdin="/help\n/reload\n/quit\n/stats\n")
    assert result.returncode == 0, result.stderr
    assert "/quit" in result.stdout and "已重新载入" in result.stdout
    assert "仅限管理员" not in result.stdout and "refused" not in result.stdout + result.stderr
    assert "有效订阅" not in result.stdout  # nothing after /quit is read


def test_facts_come_in_a_stable_order_and_a_closed_pipe_is_no_error(state: Path) -> None:
    first, second = run(["facts", "--json"], state), run(["facts", "--json"], state)
    assert first.stdout == second.stdout
    rows = json.loads(first.stdout)
    kinds = [r["kind"] for r in rows]
    assert kinds == sorted(kinds, key=["milestone", "policy", "figure", "entity", "statement"].index)
    env = {**os.environ, "HETAO_STATE_DIR": str(state / "state"), "HETAO_DATABASE_URL": ""}
    piped = subprocess.run(
        f"{sys.executable} -m hetao_brief.cli facts --json | head -2",
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=state,
        timeout=120,
        check=False,
    )
    assert piped.stdout.count("\n") == 2 and "Error" not in piped.stderr and "error" not in piped.stderr
