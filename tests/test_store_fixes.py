"""The export's fix-in-place (app/export/fixes.py) on a real store: every kind of the
CSW's text a finding can point at is saved through its part's write in the registry,
and a refused save puts the old text back in memory."""

from __future__ import annotations

import pytest

from app.export import check_language
from app.export.fixes import fix_and_save, part_of
from app.export.language import csw_texts
from app.store import InvalidValue, Store
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview

LABEL = "Talked about prostitution."
FIXED = "Talked about commercial sexual exploitation."


def _labelled(store: Store):  # noqa: ANN202
    iv = full_interview(tag="FIX")
    for _path, _owner, _key, obj, field in csw_texts(iv):
        setattr(obj, field, LABEL)
    store.create_interview(iv)
    return iv


def test_every_fix_reaches_the_store_through_its_parts_write(store: Store, bank) -> None:
    iv = _labelled(store)
    findings = check_language(iv, bank)
    paths = [p for p, *_ in csw_texts(iv)]
    assert sorted(f.path for f in findings) == sorted(paths)  # one finding per text
    # Every part of the record that holds the CSW's text is reached.
    assert {part_of(f).name for f in findings} == {
        "narrative", "contact", "special", "answers", "red_flags", "at_risk_indicators",
        "labor_risk_factors", "responsibilities", "needs", "services", "tattoos",
        "online_accounts", "associates", "other_victims", "collateral_contacts", "allegations",
    }  # fmt: skip
    for finding in findings:
        assert fix_and_save(store, iv, finding) == FIXED
    path = store.path
    store.lock()
    reopened = Store.open(path, PASSPHRASE)
    try:
        loaded = reopened.load(iv.id)
    finally:
        reopened.lock()
    texts = {p: getattr(obj, field) for p, _o, _k, obj, field in csw_texts(loaded)}
    assert texts == dict.fromkeys(paths, FIXED)
    assert check_language(loaded, bank) == []


def test_a_refused_fix_leaves_the_old_text_in_memory_and_in_the_store(store: Store, bank) -> None:
    iv = _labelled(store)
    finding = next(f for f in check_language(iv, bank) if f.path.startswith("tattoos["))
    with pytest.raises(InvalidValue):
        fix_and_save(store, iv, finding, "a lone surrogate \ud800")
    (tattoo_text,) = [getattr(o, f) for p, _o, _k, o, f in csw_texts(iv) if p == finding.path]
    assert tattoo_text == LABEL
    stored = [getattr(o, f) for p, _o, _k, o, f in csw_texts(store.load(iv.id))
              if p == finding.path]  # fmt: skip
    assert stored == [LABEL]
