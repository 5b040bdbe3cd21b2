"""Pin every question and list of the content bank to the guide's text (issue 2).

Tables are written from ``exploitation-policy-guide.txt`` (cleaned of editing
artifacts and obvious typos), not generated from the data: a changed word in
data/content must show up here as a failure and a deliberate new version.
"""

# The guide's sentences stay on one line each so they can be grepped against the guide.
# ruff: noqa: E501

from __future__ import annotations

import pytest

OPEN_ENDED = [
    ("youth.open_ended.q01", "How are you feeling?"),
    ("youth.open_ended.q02", "Where have you been staying?"),
    ("youth.open_ended.q03", "How do you get clothing, food, etc.?"),
    ("youth.open_ended.q04", "Who do you spend time with?"),
    ("youth.open_ended.q05", "Where do you stay or sleep if you aren’t at home/placement?"),
    ("youth.open_ended.q06", "How is school going? How often do you go to school?"),
    ("youth.open_ended.q07", "When you are not in school during the week, what do you do?"),
    ("youth.open_ended.q08", "How do you support yourself?"),
    ("youth.open_ended.q09", "How do you get around (means of transportation)?"),
    ("youth.open_ended.q10", "Is there anyone who might be worried about your safety?"),
    ("youth.open_ended.q11", "What do your parents/siblings/relatives know?"),
    ("youth.open_ended.q12", "Are you afraid of anyone?"),
    ("youth.open_ended.q13", "Is anything worrying you or not going well?"),
]

SPECIFIC = [
    (
        "youth.specific.q01",
        "Has anyone ever paid in order to have sex with you? Or, have you ever had a date or appointment with a John/client/trick?",
    ),
    (
        "youth.specific.q02",
        "Have you ever worked or done anything illegal and someone else got all the money or most of the money?",
    ),
    ("youth.specific.q03", "Have you ever worked in a place that made you feel scared or unsafe?"),
    (
        "youth.specific.q04",
        "Have you ever been tricked or forced into doing any kind of work you didn’t want to do?",
    ),
    (
        "youth.specific.q05",
        "Have you ever been with or worked for someone who didn’t let you contact your friends, family or the outside world, even when you weren’t working?",
    ),
    (
        "youth.specific.q06",
        "Have you ever worked and someone else got to keep all or most of the money?",
    ),
    (
        "youth.specific.q07",
        "Have you ever worked, or done other things, in a place that made you feel scared or unsafe?",
    ),
    (
        "youth.specific.q08",
        "Have you ever been afraid to leave or quit a situation due to fears of violence or threats of harm to yourself or your family?",
    ),
    (
        "youth.specific.q09",
        "Have you ever worked for someone who asked you to lie while speaking to others about the work you do?",
    ),
    (
        "youth.specific.q10",
        "Has anyone given you drugs or gifts to have sex with you or to keep you working for them?",
    ),
    ("youth.specific.q11", "Did you keep or have to share the money?"),
    (
        "youth.specific.q12",
        "Have you ever had to do things or perform work in order to stay somewhere?",
    ),
    (
        "youth.specific.q13",
        "Have you had pictures taken that were advertised on the internet or social media? (e.g., Craigslist; Instagram; Snap Chat)",
    ),
    (
        "youth.specific.q14",
        "Are you, your family, or any of your friends associated with a gang? Do you party/hang out with them? Do you need to do anything for them?",
    ),
]

CAREGIVER = [
    (
        "caregiver.q01",
        "Have you noticed clothing/jewelry/other material goods that you did not purchase for your child?",
    ),
    ("caregiver.q02", "Do you have any concerns regarding your child’s attendance at school?"),
    ("caregiver.q03", "Has your child become more reclusive/secretive or defensive?"),
    (
        "caregiver.q04",
        "Has your child begun to post sexually explicit images or material on social media? Do you know if they have multiple social media accounts?",
    ),
    ("caregiver.q05", "Does your child behave in a sexualized manner?"),
    (
        "caregiver.q06",
        "Is your child beginning to associate with older people or have unhealthy romantic or inappropriate relationship with an employer or someone they are working for?",
    ),
    ("caregiver.q07", "Does your child have unexplained injuries?"),
    ("caregiver.q08", "Does your child run away?"),
    ("caregiver.q09", "Does your child come home at night?"),
    (
        "caregiver.q10",
        "Does your child have unexplained access to money, credit cards, alcohol, transportation, keys, gifts, drugs?",
    ),
    (
        "caregiver.q11",
        "Does your child have multiple cell phones and/or does their number change frequently?",
    ),
    ("caregiver.q12", "Does your child appear to be controlled by another person?"),
    (
        "caregiver.q13",
        "Does your child have a debt they believe they need to pay off to a formal or informal employer?",
    ),
    ("caregiver.q14", "Does your child have a history of sexual abuse/physical abuse?"),
    ("caregiver.q15", "Has your child been treated for Sexually Transmitted Diseases/Infections?"),
    (
        "caregiver.q16",
        "Has your child been treated for any injuries or have other health concerns including but not limiting to, bruising, dental injuries/neglect, exposure to harmful chemicals, workplace concerns, or sexual injuries.",
    ),
    (
        "caregiver.q17",
        "Has there been any significant changes in your child’s dress, hygiene, weight?",
    ),
    ("caregiver.q18", "Does your child have unusual attendance or is truant during school?"),
    ("caregiver.q19", "Do you know or suspect that your child is abusing substances?"),
    ("caregiver.q20", "Is your child involved or connected to any gangs?"),
    ("caregiver.q21", "Is there familial history of CSEC or trafficking in any other industries?"),
]

INVESTIGATIVE = [
    ("inv.q01", "Is there a known or suspected 3rd party trafficker/exploiter?"),
    ("inv.q02", "Where has the exploitation occurred?"),
    ("inv.q03", "Is the suspected perpetrator a parent, relative, or non-relative?"),
    (
        "inv.q04",
        "Has the youth presented with any mental health symptoms, gang affiliation or dangerous behavior?",
    ),
    ("inv.q05", "Does the child have any outstanding warrants? Warrants in other jurisdiction?"),
    ("inv.q06", "Are they entered into NCIC and NCMEC?"),
    ("inv.q07", "Does the child have any AKAs or monikers?"),
    ("inv.q08", "Are the parent(s) identities and whereabouts known?"),
    ("inv.q09", "Do the parents have knowledge of the exploitation?"),
    ("inv.q10", "Was the youth observed with any unusual clothing items or visible tattoos?"),
    (
        "inv.q11",
        "Has the child experienced any other forms of maltreatment? (Sexual abuse, physical abuse, general neglect, emotional abuse, severe neglect)",
    ),
]

SECTION_TABLES = {
    "youth.open_ended": OPEN_ENDED,
    "youth.specific": SPECIFIC,
    "caregiver.questions": CAREGIVER,
    "investigative_areas": INVESTIGATIVE,
}


@pytest.mark.parametrize("section_id", SECTION_TABLES)
def test_questions_match_the_guide_in_order(bank, section_id):
    expected = SECTION_TABLES[section_id]
    got = [(it.id, it.text) for it in bank.section(section_id).items]
    assert got == expected


def test_counts_given_in_issue_2(bank):
    counts = {sid: len(s.items) for sid, s in bank.sections.items()}
    assert counts["youth.rapport"] == 1
    assert counts["youth.open_ended"] == 13
    assert counts["youth.specific"] == 14
    assert counts["youth.techniques"] == 15
    assert counts["caregiver.questions"] == 21
    assert counts["investigative_areas"] == 11
    assert counts["definitions.cse_examples"] == 7
    assert counts["definitions.labor_settings"] == 18
    assert counts["definitions.criminal_industries"] == 7
    assert counts["definitions.tactics"] == 3
    assert counts["collateral.types"] == 10
    assert counts["disposition.regardless"] == 5
    assert counts["needs.factors"] == 16
    assert counts["services"] == 26
    assert len(bank.red_flags) == 39
    assert len(bank.at_risk_indicators) == 8


def test_rapport_and_techniques(bank):
    (rapport,) = bank.section("youth.rapport").items
    assert rapport.text.startswith("Begin with rapport building questions, such as “How are you?”")
    techniques = bank.section("youth.techniques").items
    assert techniques[0].text.startswith("Follow the youth’s lead and use of terminology")
    assert techniques[-1].text == (
        "The use of open-ended questions helps to avoid “yes,” “no,” “I don’t know” responses."
    )
    assert [t.id for t in techniques] == [f"youth.techniques.t{i:02d}" for i in range(1, 16)]
    assert not any(t.text.startswith("Begin with rapport") for t in techniques)
    tattoo = bank.item("youth.techniques.t12")
    assert tattoo.text.startswith("Ask the youth about all tattoos") and "tattoos" in tattoo.tags


def test_youth_notes(bank):
    notes = {it.id: it.text for it in bank.section("youth.notes").items}
    assert notes["youth.notes.consent"].startswith("Commonly understood rules of consent")
    assert notes["youth.notes.basic_needs"].startswith("Ensuring that basic needs are met")
    assert notes["youth.notes.identifying_exploiters"].startswith(
        "Identifying exploiters is critical"
    )
    assert "“girlfriends/wifeys/boyfriends.”" in notes["youth.notes.other_victims"]
    assert notes["youth.notes.avoiding_judgment"].startswith("Refrain from judgmental")
    assert "(link" not in notes["youth.notes.avoiding_judgment"]


def test_every_youth_question_has_help_and_tags(bank):
    for sid in ("youth.open_ended", "youth.specific"):
        for it in bank.section(sid).items:
            assert it.help, it.id
            assert it.tags, it.id
    assert "basic_needs" in bank.item("youth.open_ended.q03").tags
    assert "online" in bank.item("youth.specific.q13").tags
    assert "gang" in bank.item("youth.specific.q14").tags
    assert "facts" in bank.item("youth.specific.q01").help


def test_near_duplicates_are_kept_and_linked(bank):
    q3, q7 = bank.item("youth.specific.q03"), bank.item("youth.specific.q07")
    assert q7.id in q3.see_also and q3.id in q7.see_also
    assert "caregiver.q18" in bank.item("caregiver.q02").see_also
    assert "caregiver.q02" in bank.item("caregiver.q18").see_also
    runaway = bank.item("proc.cse.s1.d18")
    assert runaway.text == "Chronic runaway behavior from home/placement"
    assert runaway.same_as == "rf.chronic_runaway"  # issue 12: one record, the red flag
    assert "tattoo.sym.dollar" in bank.item("tattoo.sym.dollar_signs").see_also


def test_caregiver_opening(bank):
    opening = {it.id: it.text for it in bank.section("caregiver.opening").items}
    assert opening["caregiver.opening.introduce"].startswith("Begin the conversation")
    assert "empathy" in opening["caregiver.opening.empathy"]
    assert opening["caregiver.opening.cultural_humility"] == (
        "Be mindful and respectful of familial customs and demonstrate cultural humility."
    )


LISTS = {
    "definitions.cse_examples": [
        "Street exploitation",
        "Exchanging sexual acts in home or hotel settings",
        "Arranging the exchange of sexual acts on the internet/social media",
        "Production of sexually explicit images or video content",
        "Exchanging sexual acts for goods or services (housing/food/protection)",
        "Advertising a minor for sexual purposes",
        "Encouraging/coercing/threatening/coaching a person to exchange sexual acts",
    ],
    "definitions.labor_settings": [
        "Bars, Clubs, Cantinas", "Begging or Peddling", "Health Care & Beauty",
        "Domestic Work (child/elder care, housekeeping)", "Traveling Sales Crews",
        "Restaurants and Food Service", "Agriculture /Animal Husbandry", "Construction",
        "Arts & Entertainment", "Factories/Manufacturing", "Cleaning Crews", "Carnivals",
        "Retail", "Non-Profits", "Forestry/Logging", "Hotels and Hospitality",
        "Sports/Athletics", "Religious Organizations or Cults",
    ],
    "definitions.criminal_industries": [
        "Drug or Arms Sales", "Drug Smuggling", "Shop Lifting or Theft (Auto/Property)",
        "Drug Cultivation", "Fraud/Scams", "Gang Activity", "Peer Recruitment",
    ],
    "collateral.types": [
        "Law Enforcement", "Placement Providers", "School", "Medical Professional", "TSC staff",
        "Prior CSWs", "Service Providers that have served the youth/family", "CSEC Unit",
        "ROU Unit", "Immigration Unit",
    ],
    "disposition.regardless": [
        "The youth denied any involvement of a trafficker/exploiter/pimp/employer",
        "The youth denied that exploitation occurred",
        "The youth does not disclose identification or the name of perpetrator",
        "The parent or legal guardian made reasonable efforts to protect the child and/or "
        "prevent the exploitation",
        "The family does not require additional DCFS or dependency court intervention",
    ],
    "needs.factors": [
        "Prior abuse and/or neglect", "Mode of exploitation", "Stage of exploitation",
        "Stage of change (based on the Stages of Change Model)", "Developmental age",
        "Chronological age", "Learning differences or cognitive abilities",
        "Relationship with exploiter(s)", "Attachments and community support system",
        "Familial connections", "Pregnancy or parenting status", "Housing status",
        "Immigration status", "Alcohol/drug abuse or other types of addiction",
        "Sexual orientation, gender identity, and gender expression (SOGIE)",
        "Socioeconomic status",
    ],
    "services": [
        "Emergency Crisis Response and Safety Planning", "Food, clothing, shelter",
        "CSEC Medical Clearance and CSEC Initial Medical Examination by Medical HUB provider",
        "Multi-Disciplinary Approach to assessment, planning, and intervention",
        "Advocacy and or Survivor Advocacy CSEC Advocacy Services",
        "Safe means of transportation", "Dental care", "Tattoo removal",
        "Therapeutic support by a trauma-informed therapist and/or other mental health "
        "professional with understanding of CSEC and/or child labor trafficking",
        "Intensive mental health services", "Psychiatric Services",
        "Sexual and Reproductive Health Assessment and Counseling",
        "Substance abuse assessment, intervention and treatment", "Physical therapy",
        "Occupational therapy", "Transgender-related health care (e.g., hormone therapy)",
        "Screening/intervention for eating disorders",
        "Screening/intervention for self-harming behaviors",
        "CSEC and/or trauma-informed foster care placement providers that receive support in "
        "caring for the critical needs of the trafficked youth",
        "Transitional housing and services", "Vocational and Life Skills", "Victims of Crime",
        "Restoration Funds", "General education advocacy",
        "Special Education assessment and advocacy", "Empowerment events and activities",
    ],
    "tattoos.locations": ["Face", "Neck", "Chest", "Hands", "Thighs"],
    "tattoos.symbols": [
        "Roses", "Crowns", "Dollar signs", "Names", "Names crossed out",
        "The name or moniker of the exploiter", "“$”", "“precious”", "“beloved”", "“Sir”",
        "“Daddy’s girl”",
    ],
    "online.signs": [
        "Images of crowns", "Use of codes: 304", "Use of codes: “izm”",
        "References to making money", "Provocative photos", "Personal advertisements",
        "References to daddy", "References to “the life”", "Images of firearms",
        "Large sums of money",
    ],
}  # fmt: skip


@pytest.mark.parametrize("section_id", LISTS)
def test_lists_match_the_guide(bank, section_id):
    assert [it.text for it in bank.section(section_id).items] == LISTS[section_id]


def test_stable_ids_others_code_against(bank):
    for id_ in ("svc.tattoo_removal", "svc.csec_medical", "col.law_enforcement", "col.csec_unit",
                "need.sogie", "tattoo.loc.face", "tattoo.sym.crowns", "online.sign.code_304",
                "online.sign.izm", "online.recruitment.ask_ad_online", "tactic.coercion",
                "term.trauma_bond", "special.immigrant.notify_24h", "special.runaway.sb794",
                "lrf.poverty", "disp.denied_exploitation"):  # fmt: skip
        assert bank.item(id_).id == id_


def test_peer_recruitment_carries_its_csec_note(bank):
    peer = bank.item("criminal_industry.peer_recruitment")
    assert peer.help == "CSEC i.e. Posting Others Online, Monitoring Others, Etc."
    assert "csec" in peer.tags


def test_tactics_and_trauma_bond(bank):
    tactics = [it.id for it in bank.section("definitions.tactics").items]
    assert tactics == ["tactic.force", "tactic.fraud", "tactic.coercion"]
    assert (
        bank.item("tactic.force").text
        == "Force involves physically restraining or harming a victim."
    )
    assert "facilitating drug use" in bank.item("tactic.coercion").help
    assert bank.item("term.trauma_bond").text.endswith("which is known as a trauma bond.")
    assert "“survival sex”" in bank.item("term.survival_sex").text
    assert bank.item("term.debt_bondage").text.startswith("Bonded labor, or debt bondage")


def test_subcategories_and_cwscms_names(bank):
    got = [(s.id, s.cwscms_name, s.category) for s in bank.subcategories]
    assert got == [
        ("cse", "Commercial Sexual Exploitation", "csec"),
        ("labor", "Exploiting Child's Labor", "labor"),
        ("criminal", "Involving Child in Criminal Behavior", "criminal"),
        ("other", "Other Exploitation", "other"),
    ]


def test_online_recruitment_and_immigrant_youth(bank):
    ask = bank.item("online.recruitment.ask_ad_online")
    assert ask.text == "Youth should be asked if this ad is still online."
    assert "Craigslist Ad" in bank.item("online.recruitment.fraudulent_ads").text
    otip = bank.extras["otip"]
    assert otip["notify_within_hours"] == 24
    assert otip["phone"] == "202-205-4582"
    assert otip["phone_hours"] == "9:00 am to 5:00 pm ET"
    assert otip["email"] == "ChildTrafficking@acf.hhs.gov"
    assert "one business day" in otip["response"]
    assert "Shepherd" in otip["rfa_system"]
    immigrant = " ".join(it.text for it in bank.section("special.immigrant").items)
    assert "within 24-hours of a suspected case" in immigrant
    assert "Request for Assistance (RFA)" in immigrant
    assert "you should not wait until the case is confirmed" in immigrant


def test_runaway_return_sb794(bank):
    text = bank.item("special.runaway.sb794").text
    assert text.startswith("SB 794(2016) mandates that youth who return from a runaway episode")
    assert "assessed for CSE" in text and "call the CPH" in text


def test_labor_risk_factors(bank):
    names = [it.text for it in bank.labor_risk_factors.items]
    assert names == [
        "Poverty", "Homelessness", "Criminal record", "Young age", "Disabilities",
        "An unstable family environment", "History of ACES", "Immigration status",
        "Chemical dependency", "Racial or ethnic marginalization",
    ]  # fmt: skip
    assert "increased risk of experiencing child labor trafficking" in bank.labor_risk_factors.intro


def test_reference_tools_and_statutes(bank):
    tools = [it.text for it in bank.section("reference.tools").items]
    assert "CSEC Tool Kit: Holistic Needs of CSEC" in tools
    assert "ACL 16-85: Statewide policies and procedures to prevent child sex trafficking" in tools
    assert "ACIN - State Child Labor Trafficking" in tools
    statutes = " ".join(it.text for it in bank.section("reference.statutes").items)
    # Issue 12: only the guide's three statutes (22 USC 7102/7105, WIC 300(b)(2), SB 794
    # and the FLSA were added by the tool and are gone; tests/test_content_guide_words.py).
    for cite in ("Labor Code Sections 1285-1312", "Penal Code Section 11165.1 (c)",
                 "Penal Code Section 236.1 (a)"):  # fmt: skip
        assert cite in statutes
