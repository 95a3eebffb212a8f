"""N workers started at once on a fresh PostgreSQL schema: they take turns at the migration
lock instead of racing to create the same tables, and every one of them serves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..support.postgres import postgres_schema, postgres_unreachable

pytestmark = pytest.mark.slow

WORKERS = 3


def test_several_processes_on_a_fresh_schema_all_serve(tmp_path: Path) -> None:
    if reason := postgres_unreachable():
        pytest.skip(reason)
    with postgres_schema() as url:
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "hetao_brief.cli", "ask", "科汇通"],
                cwd=tmp_path,
                env={**os.environ, "HETAO_DATABASE_URL": url, "HETAO_STATE_DIR": str(tmp_path / f"worker{i}")},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(WORKERS)
        ]
        outcomes = [process.communicate(timeout=240) for process in processes]
    failures = [(p.returncode, err[-500:]) for p, (_, err) in zip(processes, outcomes, strict=True) if p.returncode]
    assert failures == []
    assert all("科汇通" in out for out, _ in outcomes)
