"""One validated configuration object for the whole pipeline.

Built from defaults, overridden by the environment (``DYAD_*``) and then by
command-line options. The coder is a pure function of (article, Config).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dyad.errors import ConfigError

DEFAULT_DB = "dyad.db"


@dataclass(frozen=True)
class Config:
    """Settings of one dyad run."""

    dictionaries: tuple[Path, ...] = ()
    builtin_dictionaries: bool = True
    prefilter: bool = True
    workers: int = 1
    dask: str | None = None
    db: str = DEFAULT_DB
    batch_size: int = 64

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, not {self.workers}")
        if self.batch_size < 1:
            raise ConfigError(f"batch size must be at least 1, not {self.batch_size}")
        if not self.builtin_dictionaries and not self.dictionaries:
            raise ConfigError("--no-builtin-dictionaries needs at least one --dictionary")

    def with_options(self, **options: Any) -> Config:
        """A copy with the given options set; options that are None are left as they are."""
        given = {key: value for key, value in options.items() if value is not None}
        if "dictionaries" in given:
            given["dictionaries"] = tuple(Path(p) for p in given["dictionaries"])
        return replace(self, **given)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Defaults overridden by ``DYAD_DB``, ``DYAD_WORKERS`` and ``DYAD_DASK``."""
        env = os.environ if environ is None else environ
        options: dict[str, Any] = {"db": env.get("DYAD_DB"), "dask": env.get("DYAD_DASK")}
        if env.get("DYAD_WORKERS"):
            try:
                options["workers"] = int(env["DYAD_WORKERS"])
            except ValueError:
                raise ConfigError(f"DYAD_WORKERS is not a number: {env['DYAD_WORKERS']!r}") from None
        return cls().with_options(**options)
