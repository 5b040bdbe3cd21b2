"""The loader: schema and cross-reference checks name the file and the item; data is clean."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from app import paths
from app.content import ContentError, content_version, load_content

CONTENT = paths.data_dir() / "content"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    dest = tmp_path / "content"
    shutil.copytree(CONTENT, dest)
    return dest


def edit(folder: Path, name: str, change) -> None:
    file = folder / name
    data = json.loads(file.read_text(encoding="utf-8"))
    change(data)
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_bank_loads_with_one_version():
    bank = load_content()
    manifest = json.loads((CONTENT / "manifest.json").read_text(encoding="utf-8"))
    assert bank.version == manifest["version"] == content_version()
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", bank.version)
    assert load_content() is bank  # cached per folder


def test_copy_loads_the_same(copy):
    assert load_content(copy).version == content_version()


def test_empty_text_names_file_item_and_pointer(copy):
    edit(copy, "youth.json", lambda d: d["sections"][2]["items"][2].update(text=""))
    with pytest.raises(ContentError) as err:
        load_content(copy)
    msg = str(err.value)
    assert (
        "youth.json" in msg and "'youth.specific.q03'" in msg and "/sections/2/items/2/text" in msg
    )


def test_unknown_category_names_the_red_flag(copy):
    edit(copy, "red_flags.json", lambda d: d["red_flags"][4].update(categories=["csec", "sex"]))
    with pytest.raises(ContentError, match=r"red_flags\.json.*'rf\.explicit_social_media'"):
        load_content(copy)


def test_unknown_field_is_refused(copy):
    edit(copy, "caregiver.json", lambda d: d["sections"][1]["items"][0].update(txet="typo"))
    with pytest.raises(ContentError, match=r"caregiver\.json.*'caregiver\.q01'"):
        load_content(copy)


def test_broken_json_names_file_and_line(copy):
    (copy / "special.json").write_text('{"sections": [\n  {"id": }\n]}', encoding="utf-8")
    with pytest.raises(ContentError, match=r"special\.json: not valid JSON at line 2"):
        load_content(copy)


def test_duplicate_key_is_refused(copy):
    (copy / "special.json").write_text('{"extras": {}, "extras": {}}', encoding="utf-8")
    with pytest.raises(ContentError, match=r"special\.json: duplicate key 'extras'"):
        load_content(copy)


def test_duplicate_id_is_refused(copy):
    edit(copy, "caregiver.json", lambda d: d["sections"][1]["items"][1].update(id="caregiver.q01"))
    with pytest.raises(
        ContentError, match=r"caregiver\.json: item 'caregiver\.q01': id already used"
    ):
        load_content(copy)


def test_dangling_see_also_is_refused(copy):
    edit(copy, "youth.json", lambda d: d["sections"][2]["items"][2].update(see_also=["youth.x"]))
    with pytest.raises(
        ContentError, match=r"'youth\.specific\.q03': refers to unknown id 'youth\.x'"
    ):
        load_content(copy)


def test_step_numbering_is_checked(copy):
    edit(copy, "procedures.json", lambda d: d["procedures"][2]["steps"][1].update(number=3))
    with pytest.raises(ContentError, match=r"'proc\.criminal\.s2': expected step 2"):
        load_content(copy)


def test_unlisted_and_missing_files(copy, tmp_path):
    (copy / "extra.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ContentError, match="not listed in the manifest: extra.json"):
        load_content(copy)
    (copy / "extra.json").unlink()
    (copy / "special.json").unlink()
    with pytest.raises(ContentError, match=r"special\.json: file is missing"):
        load_content(copy)


def test_missing_required_section(copy):
    edit(copy, "needs_services.json", lambda d: d["sections"].pop(1))
    with pytest.raises(ContentError, match="sections missing from the bank: services"):
        load_content(copy)


def test_bad_version_is_refused(copy):
    edit(copy, "manifest.json", lambda d: d.update(version="latest"))
    with pytest.raises(ContentError, match=r"manifest\.json: /version"):
        load_content(copy)


ARTIFACTS = [
    r"\[bookmark",
    r"\(insert ",
    r"\(enter link",
    r"enter link\)",
    r"\(attach link",
    r"\(add link",
    r"\(place link",
    r"\(link to",
    r"\[image",
    r"SOGIE\)\d",
    r"\bstaling\b",
    r"\bChilds\b",
    r"at Child’s",
    r"\bCPHL\b",
    r"image1\.png",
]


def test_no_editing_artifacts_anywhere_in_data():
    files = [
        p
        for p in paths.data_dir().rglob("*")
        if p.is_file() and p.suffix in {".json", ".txt", ".md"}
    ]
    assert any(p.parent.name == "content" for p in files)
    found = []
    for file in files:
        text = file.read_text(encoding="utf-8")
        for pattern in ARTIFACTS:
            for m in re.finditer(pattern, text):
                found.append(f"{file.name}: {m.group(0)!r}")
    assert found == []


def test_artifact_check_would_catch_one(copy):
    # The grep above must be able to fail: plant an artifact in a copy and look again.
    edit(copy, "youth.json", lambda d: d["sections"][0]["items"][0].update(text="x (insert link)"))
    text = (copy / "youth.json").read_text(encoding="utf-8")
    assert any(re.search(p, text) for p in ARTIFACTS)


def test_every_link_resolves_and_ids_are_unique():
    bank = load_content()
    ids = [it.id for s in bank.sections.values() for it in s.items]
    ids += [it.id for it in bank.labor_risk_factors.items]
    ids += [f.id for f in bank.red_flags]
    ids += [s.id for p in bank.procedures for s in p.steps]
    ids += [d.id for p in bank.procedures for s in p.steps for d in s.determinations]
    assert len(ids) == len(set(ids))
    known = set(ids) | set(bank.sections)
    for s in bank.sections.values():
        for it in s.items:
            assert set(it.see_also) <= known, it.id


# -- the digest record: jsonschema is skipped only for bytes that already passed it ----------
def test_digest_record_is_current():
    """Fails after a content or schema edit until ``python -m app.content.digests`` is run."""
    from app.content import digests, loader

    recorded = loader.default_digests_path().read_text(encoding="utf-8")
    assert recorded == digests.render(digests.expected()), (
        "data/schema/content.digests.json is out of date: run python -m app.content.digests"
    )


def test_unchanged_bank_loads_without_jsonschema():
    import subprocess
    import sys

    code = (
        "import sys; from app.content import load_content; load_content(); "
        "print('jsonschema' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "False"


def test_changed_file_fails_with_the_same_message_as_without_the_record(copy, monkeypatch):
    from app.content import loader

    edit(copy, "youth.json", lambda d: d["sections"][2]["items"][2].update(text=""))
    with pytest.raises(ContentError) as with_record:
        load_content(copy)
    monkeypatch.setattr(loader, "default_digests_path", lambda: copy / "no-such-record.json")
    loader.forget_loaded()
    with pytest.raises(ContentError) as without_record:
        load_content(copy)
    assert str(with_record.value) == str(without_record.value)
    assert "/sections/2/items/2/text" in str(with_record.value)


def test_a_record_for_another_schema_is_ignored(copy, monkeypatch):
    """Listed file digests count only under the schema they passed."""
    from app.content import loader

    record = json.loads(loader.default_digests_path().read_text(encoding="utf-8"))
    edit(copy, "youth.json", lambda d: d["sections"][2]["items"][2].update(text=""))
    bad = loader.sha256((copy / "youth.json").read_bytes())
    fake = copy.parent / "record.json"
    fake.write_text(json.dumps({"schema": "0" * 64, "files": [*record["files"], bad]}), "utf-8")
    monkeypatch.setattr(loader, "default_digests_path", lambda: fake)
    loader.forget_loaded()
    with pytest.raises(ContentError, match="youth.json"):
        load_content(copy)
