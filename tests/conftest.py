"""Paths shared by the tests."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed"


def dyad_executable() -> str:
    """The installed ``dyad`` command next to this Python."""
    beside = Path(sys.executable).with_name("dyad")
    return str(beside) if beside.exists() else shutil.which("dyad") or "dyad"


@pytest.fixture
def dyad_cmd() -> str:
    return dyad_executable()
