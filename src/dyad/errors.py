"""dyad's exceptions: one hierarchy, so callers catch what they mean.

    DyadError                 anything dyad raises on purpose
    ├── InputError            an article or input file that cannot be read or coded
    │   └── ReadError         one named input (file, line) that failed; others go on
    ├── DictionaryError       a dictionary file or line that cannot be loaded
    ├── ConfigError           an invalid option or setting
    └── StoreError            the database could not be opened, read or written

Third-party errors (OSError, UnicodeDecodeError, driver errors) are translated
into these at the boundary where they occur; the command line turns any
DyadError into a one-line message and exit status 1.
"""

from __future__ import annotations


class DyadError(Exception):
    """Base of every error dyad raises on purpose."""


class InputError(DyadError):
    """Input that cannot be read or coded."""


class ReadError(InputError):
    """One input (a file, or a line of a JSON Lines file) that could not be read."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class DictionaryError(DyadError):
    """A dictionary file, or a line of one, that cannot be loaded."""


class ConfigError(DyadError):
    """An invalid option or setting."""


class StoreError(DyadError):
    """The database could not be opened, read or written."""
