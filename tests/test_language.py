"""The language check: each listed term in the CSW's text is flagged; quotes never are."""

from __future__ import annotations

import json

import pytest

from app.export import apply_fix, check_language, fixed_text
from app.export.language import TermsError, find_terms, load_terms
from app.model import Allegation, Answer, Associate, Interview, Response, Tattoo


@pytest.mark.parametrize(
    ("text", "term_id", "matched"),
    [
        ("Youth is a prostitute.", "prostitute", "prostitute"),
        ("Known as a child prostitute by police.", "child_prostitute", "child prostitute"),
        ("Described as a teen prostitute.", "child_prostitute", "teen prostitute"),
        ("Teenage prostitutes in the area.", "child_prostitute", "Teenage prostitutes"),
        ("She was involved in prostitution.", "prostitution", "prostitution"),
        ("School calls him a delinquent.", "delinquent", "delinquent"),
        ("He is a criminal.", "criminal", "criminal"),
        ("They are criminals.", "criminal", "criminals"),
        ("Youth is a CEC.", "cec_label", "a CEC"),
        ("Interviewed the CSEC today.", "cec_label", "the CSEC"),
        ("The victim said she was fine.", "victim_label", "The victim"),
        ("She chose to stay with him.", "chose_to", "chose to"),
        ("She went willingly.", "willingly", "willingly"),
        ("It was her own choice.", "chose_to", "her own choice"),
    ],
)
def test_each_listed_term_is_flagged(text, term_id, matched) -> None:
    hits = find_terms(text)
    assert [(t.id, m.group(0)) for t, m in hits] == [(term_id, matched)]


@pytest.mark.parametrize(
    "text",
    [
        "She had a date with a john.",  # the youth's word: fine
        "Involving Child in Criminal Behavior; criminal activity; criminal record.",
        "She is a victim of child abuse and was referred to a victim advocate.",
        "Other possible victims were named.",
        "Referred to the CSEC unit for a CSEC assessment.",
        "Using the CEC Interview Assistant.",
        "She calls him daddy; he is her boyfriend.",
    ],
)
def test_ordinary_wording_is_not_flagged(text) -> None:
    assert find_terms(text) == []


def test_only_the_csws_text_is_checked_and_quotes_are_left_alone(bank) -> None:
    iv = Interview()
    iv.narrative = "CSW believes the youth chose to go."
    iv.answers["youth.open_ended.q01"] = Answer(
        Response.YES,
        own_words="I'm not a prostitute, I chose to go willingly",
        notes="Youth called herself a prostitute; she is not a criminal.",
    )
    iv.tattoos.append(
        Tattoo(
            number=1,
            description="Crown; youth is a CEC",
            youth_description="It means I'm his prostitute",
        )
    )
    iv.associates.append(
        Associate(name="Dee", relationship="my victim lol", notes="Has other victims.")
    )
    iv.allegations.append(Allegation(subcategory="cse", reasons="Engaged in prostitution."))
    findings = check_language(iv, bank)
    got = sorted((f.path, f.term_id, f.matched) for f in findings)
    assert got == sorted(
        [
            ("narrative", "chose_to", "chose to"),
            ("answers[youth.open_ended.q01].notes", "prostitute", "prostitute"),
            ("answers[youth.open_ended.q01].notes", "criminal", "criminal"),
            ("tattoos[0].description", "cec_label", "a CEC"),
            ("allegations[0].reasons", "prostitution", "prostitution"),
        ]
    )
    for f in findings:
        assert f.matched in f.context and f.reason and f.suggestion


def test_finding_carries_context_reason_and_suggestion(bank) -> None:
    iv = Interview()
    iv.narrative = (
        "A long introduction about the visit to the placement today. "
        "The school calls her a delinquent because she misses days. "
        "More text follows here."
    )
    (f,) = check_language(iv, bank)
    assert f.context.startswith("…") and f.context.endswith("…")
    assert "calls her a delinquent because" in f.context
    assert "not delinquent from school" in f.reason
    assert (f.owner, f.key, f.field) == ("interview", "", "narrative")


def test_apply_fix_replaces_in_place_and_leaves_quotes(bank) -> None:
    iv = Interview()
    iv.answers["q"] = Answer(own_words="the prostitution thing", notes="Talked about prostitution.")
    (f,) = check_language(iv, bank)
    new = apply_fix(iv, f)
    assert new == "Talked about commercial sexual exploitation."
    assert iv.answers["q"].notes == new
    assert iv.answers["q"].own_words == "the prostitution thing"
    assert check_language(iv, bank) == []


def test_fix_refuses_stale_findings_and_terms_without_a_replacement(bank) -> None:
    iv = Interview(narrative="He is a criminal.")
    (f,) = check_language(iv, bank)
    with pytest.raises(ValueError, match="reword"):
        fixed_text(iv.narrative, f)
    assert fixed_text(iv.narrative, f, "young person") == "He is a young person."
    with pytest.raises(ValueError, match="changed"):
        fixed_text("Something else entirely.", f, "x")


def test_a_malformed_term_list_names_the_term(tmp_path) -> None:
    from app.paths import data_dir

    schema = (data_dir() / "language" / "terms.schema.json").read_text(encoding="utf-8")
    (tmp_path / "terms.schema.json").write_text(schema, encoding="utf-8")
    bad = {
        "version": "x",
        "terms": [
            {"id": "oops", "term": "t", "patterns": ["(unclosed"], "reason": "r", "suggestion": "s"}
        ],
    }
    path = tmp_path / "terms.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(TermsError, match="oops"):
        load_terms(path)
    bad["terms"][0].pop("reason")
    path2 = tmp_path / "t2" / "terms.json"
    path2.parent.mkdir()
    (path2.parent / "terms.schema.json").write_text(schema, encoding="utf-8")
    path2.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(TermsError, match="reason"):
        load_terms(path2)
