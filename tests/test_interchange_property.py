"""Any text a CSW can type comes back exactly, through the store and through JSON."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import interchange, model
from app.content import load_content
from app.store import Store, StoreError
from tests.helpers import PASSPHRASE
from tests.helpers.records import unfiled
from tests.helpers.stores import copy_store

# Everything but lone surrogates (which the store refuses on purpose): NUL,
# controls, CR/LF mixes, combining marks, RTL, emoji, private use.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@pytest.fixture(scope="module")
def module_store():  # noqa: ANN201
    """One store for the whole module: hypothesis runs each test many times."""
    folder = Path(tempfile.mkdtemp(prefix="cec-prop-"))
    s = Store.open(copy_store(folder), PASSPHRASE)
    yield s
    s.lock()
    shutil.rmtree(folder, ignore_errors=True)


@st.composite
def interviews(draw) -> model.Interview:
    return model.Interview(
        youth=model.Youth(name=draw(TEXT), akas=draw(st.lists(TEXT, max_size=3))),
        contact=model.Contact(participants=draw(st.lists(TEXT, max_size=3))),
        answers={draw(TEXT.filter(bool)): model.Answer(model.Response.YES, draw(TEXT), draw(TEXT))},
        tattoos=[
            model.Tattoo(
                description=draw(TEXT),
                x=draw(st.floats(0, 1)),
                symbols=draw(st.lists(TEXT, max_size=2)),
            )
        ],
        narrative=draw(TEXT),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(interviews())
def test_text_round_trips_through_store_and_json(
    module_store: Store, interview: model.Interview
) -> None:
    module_store.create_interview(interview)
    loaded = module_store.load(interview.id)
    assert loaded == interview
    doc = interchange.interview_to_dict(loaded, load_content())
    # issue 14: a format-1 file carries no case_id/contact_id (the store filed them)
    back = interchange.interview_from_dict(interchange.loads(interchange.dumps(doc)))
    assert back == unfiled(interview)
    key = interview.youth.name.casefold().strip()
    if key:
        assert interview.id in [s.id for s in module_store.search(interview.youth.name)]


@given(st.text(min_size=1, max_size=5).map(lambda s: s + "\ud800"))
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_lone_surrogate_is_refused_everywhere(module_store: Store, bad: str) -> None:
    before = len(module_store.list_interviews())
    with pytest.raises(StoreError):
        module_store.create_interview(model.Interview(narrative=bad))
    assert len(module_store.list_interviews()) == before
    doc = interchange.interview_to_dict(model.Interview(), load_content())
    doc["interview"]["narrative"] = bad
    with pytest.raises(interchange.InterchangeError, match="interview.narrative"):
        interchange.interview_from_dict(doc)
