"""The seed article codes as a careful human coder says (../shared/seed/expected.json)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_seed_article_meets_expectations(dyad_cmd: str) -> None:
    done = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "seed_check.py"), "--dyad", dyad_cmd],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("seed required 5/5") and last.endswith("forbidden 0")
