"""The public API lists every public name the package exports, and only those."""

import dyad


def test_all_lists_every_public_member() -> None:
    public = {name for name in vars(dyad) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(dyad, name)).__name__ == "module"}
    assert set(dyad.__all__) == public - modules


def test_all_names_exist() -> None:
    for name in dyad.__all__:
        assert getattr(dyad, name) is not None
