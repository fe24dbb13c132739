"""Typed values found in report sentences, normalised as the contract says."""

import datetime as dt

import pytest

from assistant.facts import (find_amounts, find_bodies, find_causes, firms, find_dates, find_decisions, find_numbers, find_ordinals, find_people,
                             find_ratings, organisations, quantity)
from assistant.questions import words

NOV_2023, NOV_2024 = dt.date(2023, 11, 27), dt.date(2024, 11, 7)


@pytest.mark.parametrize("text, ref, values", [
    ("presented to the Committee on 8th September for review", NOV_2023, ["2023-09-08"]),
    ("due to go to CA Board on the 29th of November 2023", NOV_2023, ["2023-11-29"]),
    ("the period September and October 2023", NOV_2023, ["2023-09/2023-10"]),
    ("until the end of May 2025 (last working day 30 May 2025)", NOV_2024, ["2025-05", "2025-05-30"]),
    ("anticipated to be advertised in November", NOV_2023, ["2023-11"]),
    ("maintain the Improvement Board until January", NOV_2024, ["2025-01"]),  # a future month: next year
    ("took place on Tuesday 14 November", NOV_2023, ["2023-11-14"]),
    ("You may go. May the board agree", NOV_2023, []),
])
def test_dates_with_their_precision(text, ref, values):
    assert [f.value for f in find_dates(text, ref)] == values


def test_amounts_ratings_numbers_people_decisions():
    assert [f.value for f in find_amounts("an additional £250K and £1.2m and £40,000")] == ["£250,000", "£1,200,000", "£40,000"]
    assert [f.value for f in find_amounts("up by £14.00 to £282.47 a year")] == ["£14", "£282.47"]  # pence as printed
    assert [f.value for f in find_ratings("Partnership working (Green/Amber) and Procurement (Green)")] == ["Green/Amber", "Green"]
    assert [f.value for f in find_numbers("Over 85 staff attended on 12 October, the first of five sessions")] == ["85", "5"]
    assert [f.value for f in find_numbers("ninety-six homes in two hundred and seventy-one days")] == ["96", "271"]
    assert [f.value for f in find_numbers("net zero by 2045 and zero waste")] == ["2045", "0"]  # "net zero" is a goal
    # a figure keeps its decimals ("10.2 days", "Q3 result: 9.7"); a section number ("paragraph 3.2", "paragraphs 2.1
    # to 2.9") is not a figure
    assert [f.value for f in find_numbers("a rate of 41.8% (target 45 %) in paragraph 3.2")] == ["41.8", "45"]
    assert [f.value for f in find_numbers("rose to 10.2 days · Q3 result: 9.7, as paragraphs 2.1 to 2.9 say")] == [
        "10.2", "9.7"]
    assert [f.value for f in find_ordinals("the fourth conference on 4th May, the 2nd since")] == ["4", "2"]
    people = find_people("a letter from Max Soule, Deputy Director, Local Government. Assistant Director of HR (Nicky McLoughlin)")
    assert [p.value for p in people] == ["Max Soule", "Nicky McLoughlin"]
    # a role printed after the name may begin with any words: "Engagement Lead", "Senior Audit Manager"
    people = find_people("Jo Amberley, Engagement Lead, Smith Partners LLP, presented it. Ravi Dutt, Senior Audit Manager, said")
    assert [p.value for p in people] == ["Jo Amberley", "Ravi Dutt"]
    # and the office first, the name set apart by commas: "The Director of Finance, Susan Achebe, explained"
    people = find_people("The Director of Finance, Susan Achebe, explained. The Head of Leisure, Marcus Delaney, said")
    assert [p.value for p in people] == ["Susan Achebe", "Marcus Delaney"]
    # a role in brackets after the name, all of it: an attendance line
    people = find_people("ALSO PRESENT: Elaine Marsh (Chief Finance Officer), Kate Summers (Engagement Lead, Pryor Leigh "
                         "LLP, external auditor)")
    assert [(p.value, p.text) for p in people] == [
        ("Elaine Marsh", "Elaine Marsh (Chief Finance Officer)"),
        ("Kate Summers", "Kate Summers (Engagement Lead, Pryor Leigh LLP, external auditor)")]
    # a firm by its legal form answers who won or applied, but not as the employer after a person's role
    people = find_people("To award the contract to Greenline Turfcare Ltd and Smith & Jones Limited, not Bishop Fleming LLP.")
    assert [p.value for p in people] == ["Greenline Turfcare Ltd", "Smith & Jones Limited", "Bishop Fleming LLP"]
    said = "That the quote from Playwell Ltd be accepted; Acme plc and Grant Thornton UK LLP; the Risk Register at Q2."
    assert [said[a:b] for a, b in firms(said)] == ["Playwell Ltd", "Acme plc", "Grant Thornton UK LLP"]
    # an organisation by the noun its name ends in, but not an office ending alike, nor "the Trust" alone
    said = ("Advisers, Hallam Treasury Services, expect a cut. The Trust and the Director of Adult Services met the "
            "Riverside Tenants Federation; Head of Legal Services, Jo Bloggs, agreed. Refer it to the Local Government "
            "and Social Care Ombudsman.")
    assert [said[a:b] for a, b in organisations(said)] == ["Hallam Treasury Services", "Riverside Tenants Federation",
                                                          "Local Government and Social Care Ombudsman"]
    assert {"Hallam Treasury Services", "Riverside Tenants Federation"} <= {p.value for p in find_people(said)}
    # an acronym acts ("agreed by CMT"); the words of a heading in capitals do not
    assert [b.value for b in find_bodies("The decision was agreed by CMT and the Cabinet.")] == ["CMT", "Cabinet"]
    assert find_bodies("CALL-IN OF CABINET DECISION: FUTURE OF THE DAY CENTRE") == []
    # a plural title lists its names, each a person
    people = find_people("Present: Councillor Ann Oduya (Leader); Councillors Peter Haines, Lucy Fairbairn and Colin Drury.")
    assert [p.value for p in people] == ["Ann Oduya", "Peter Haines", "Lucy Fairbairn", "Colin Drury"]
    # a person by the title before the name, with no role after it, or the surname alone ("Cllr Ray left")
    assert [p.value for p in find_people("Councillor Colin Drury declared an interest; Cllr Ray left")] == [
        "Colin Drury", "Ray"]
    assert [f.value for f in find_decisions("presented to Board and unanimously supported")] == ["unanimously supported"]
    assert [f.value for f in find_decisions("the Notice will not be reissued")] == ["not reissued"]
    # a recommendation put to a named body: "That the Audit and Governance Committee approves ..."
    assert [f.value for f in find_decisions("That the Audit and Governance Committee approves the deferral")] == ["approved"]
    assert [f.value for f in find_decisions("That the centres close on Wednesdays from 1 June 2025.")] == ["resolved"]
    # a recommendation asking someone to do something: "asks the Head of ICT to attend", "requests a report"
    assert [f.value for f in find_decisions("asks the Head of ICT to attend its meeting on 15 April 2026")] == ["asked"]
    assert [f.value for f in find_decisions("That the Committee requests a further report")] == ["requested"]
    assert [f.value for f in find_amounts("Budget (£000): £3,200k · Forecast (£000): £3,850k")] == [
        "£3,200,000", "£3,850,000"]  # "(£000)" is a column's unit
    assert [f.value for f in find_numbers("within the approved budget of £312,000 for 63% of it")] == ["63"]  # not "000"


@pytest.mark.parametrize("text, values", [
    ("on 12/03/2024 the board met", ["2024-03-12"]),  # UK order: 12 March, not 3 December
    ("the 2024/25 budget", ["2024-04/2025-03"]),  # a financial year runs April to March
    ("the Board on 16th October", ["2024-10-16"]),
    ("the 29th of November 2023", ["2023-11-29"]),
])
def test_uk_date_forms(text, values):
    assert [f.value for f in find_dates(text, NOV_2024)] == values


def test_normaliser_traps():
    assert [f.value for f in find_ratings("rated Green/Amber")] == ["Green/Amber"]  # not "Green"
    assert [f.value for f in find_ratings("a green space")] == []  # a colour only when capitalised as a rating
    # a grade on a letter scale, as condition surveys and EPCs give them; never an article
    assert [f.value for f in find_ratings("rated C (Poor) for condition; 13 were rated A or B")] == ["C", "A", "B"]
    assert [f.value for f in find_ratings("the event was rated a success")] == []
    # the levels audit reports give: priorities, risks and assurance opinions
    assert [f.value for f in find_ratings("Management action 3 (Medium); 6 high priority recommendations; priority: Low"
                                          "; a Limited assurance opinion")] == ["Medium", "High", "Low", "Limited"]
    assert [f.value for f in find_ratings("a low level of reserves, no new assurance framework (draft)")] == []
    assert [f.value for f in find_amounts("£40K")] == ["£40,000"]
    assert [f.value for f in find_decisions("the methods have not yet been agreed")] == ["not agreed"]
    assert [f.value for f in find_decisions("Note the contents of the letter")][0] == "noted"  # asked, as its outcome
    # a resolution is a decision whatever its verb
    assert [f.value for f in find_decisions("That training be mandatory for all members by 31 July 2023.")] == ["resolved"]
    assert [f.value for f in find_decisions("That the report be noted.")] == ["noted"]


def test_acronyms_from_definitions_and_initials():
    from assistant.facts import acronyms

    found = acronyms("The Single Assurance Framework (SAF) went to the Independent Improvement Board. The Department "
                     "for Levelling Up, Housing and Communities (DLUHC) replied.")
    assert ("SAF", "Single Assurance Framework") in found
    assert ("IIB", "Independent Improvement Board") in found  # initials, "The" left out
    assert ("DLUHC", "Department for Levelling Up Housing and Communities") in found
    assert not any(short.startswith("T") for short, _ in found)
    # spelt out with no acronym after it, one name among others a run of capitals joins: its initials all the same
    spelt = acronyms("the engagement with the Independent Improvement Board and the Department for Levelling Up, Housing "
                     "and Communities (now MHCLG).")
    assert {("IIB", "Independent Improvement Board"),
            ("DLUHC", "Department for Levelling Up, Housing and Communities")} <= set(spelt)


@pytest.mark.parametrize("text, people", [
    ("Portfolio holder: Councillor Tom Avery, Portfolio Holder for Environment and Climate", ["Tom Avery"]),
    ("Author: Euan Baird, Service Manager (Learning Estate)", ["Euan Baird"]),
    ("Contact Officer: Siân Pritchard, Corporate Business and Communications Executive Officer", ["Siân Pritchard"]),
    ("Ref: 23/24 HSG 08 · Owner: Compliance Manager (Housing) · Status: Overdue", ["Compliance Manager (Housing)"]),
])
def test_who_a_labelled_field_names(text, people):
    from assistant.facts import find_people

    assert [f.value for f in find_people(text)][: len(people)] == people


@pytest.mark.parametrize("text, verb", [
    ("approves the commencement of a statutory consultation", "approve"),
    ("approve the establishment of a Dynamic Purchasing System", "approve"),
    ("Note the progress made during October", "note"),
    ("notes progress with the school estate capital programme", "note"),
    ("To defer the decision on the depot to March", "defer"),
    ("The Committee is asked to approve a revised due date of 31 March 2025", "approve"),
    ("Members are invited to note the position on each recommendation", "note"),
])
def test_a_recommendations_leading_verb_in_any_house_style(text, verb):
    from assistant.facts import asked_verb, find_decisions

    assert asked_verb(text) == verb
    assert find_decisions(text)[0].value == {"approve": "approved", "note": "noted", "defer": "deferred"}[verb]


def test_a_sentence_does_not_end_at_a_title_or_an_initial():
    from assistant.evidence import sentences

    text = ("Present: Cllr P. Hargreaves (Town Mayor, in the Chair), Mr. J. Smith and Dr. Quayle. Item No. 4 was noted. "
            "The letter is set out in Appendix A. The Committee agreed.")
    assert sentences(text) == ["Present: Cllr P. Hargreaves (Town Mayor, in the Chair), Mr. J. Smith and Dr. Quayle.",
                               "Item No. 4 was noted.", "The letter is set out in Appendix A.", "The Committee agreed."]


def test_quantities_and_initials_typed_with_an_ampersand():
    assert [quantity(v) for v in ("£1,500", "9.7", "46", "12%", "2024-06")] == [1500.0, 9.7, 46.0, 12.0, None]
    assert words("families in B&B, the A & G committee") == ["families", "in", "bb", "the", "ag", "committee"]


def test_a_span_gives_its_start_the_year_its_end_names():
    ref = dt.date(2025, 9, 16)
    assert [f.value for f in find_dates("would run from 29 September to 24 November 2025", ref)] == [
        "2025-09-29", "2025-11-24"]
    assert [f.value for f in find_dates("from 1 December to 31 January 2026", ref)] == ["2025-12-01", "2026-01-31"]


def test_a_year_or_a_span_of_years_in_a_name_is_no_date():
    for named in ("the Local Government Act 1999", "the Leisure Management Contract 2026-2036",
                  "the Corporate Strategy 2023 to 2027"):
        assert find_dates(named) == [], named
    assert [f.value for f in find_dates("over the period 2026-2036")] == ["2026", "2036"]  # (no name: a span)


def test_a_date_a_recommendation_puts_to_come_is_in_the_year_after_the_meeting_when_its_month_has_passed():
    from assistant.facts import find_dates

    meeting = dt.date(2025, 1, 29)
    assert find_dates("That the final accounts be presented to the Board on 26th March.", meeting)[0].value == "2025-03-26"
    assert find_dates("The draft accounts were presented to the Board on 26th March.", meeting)[0].value == "2024-03-26"
    duty = "The Council is required by the Measure to publish its assessment for the previous year by 31st October."
    assert find_dates(duty, dt.date(2019, 10, 22))[0].value == "2019-10-31"  # what it must do is still to come


def test_a_title_opening_with_a_recommendations_verb_is_no_recommendation():
    from assistant.facts import find_decisions

    assert [f.value for f in find_decisions("Note the letter from the Minister")] == ["noted"]
    assert find_decisions("Note from the Panel Chair – 17 September 2024") == []
    assert find_decisions("Review of the Code of Conduct") == []


def test_a_list_following_is_no_cause_and_in_light_of_is_one():
    from assistant.facts import STRONG_CAUSE, find_causes

    assert find_causes("The proposals fit under the following strategic objectives:") == []
    assert [f.text for f in find_causes("Following the audit, the plan was revised.")] == ["Following"]
    assert STRONG_CAUSE.search("In light of the evidence, the notice will not be reissued.")
    assert [f.text for f in find_causes("The scheme was chosen based on the survey.")] == ["based on"]


def test_a_season_is_its_months_as_the_uk_counts_them():
    """"summer 2026" is June to August 2026; "winter 2025" runs from December 2025 into February 2026; a season
    without its year, or a street named for one, is no date."""
    ref = dt.date(2026, 2, 24)
    assert [f.value for f in find_dates("will not be met until summer 2026", ref)] == ["2026-06/2026-08"]
    assert [f.value for f in find_dates("in the autumn of 2025 and winter 2025", ref)] == [
        "2025-09/2025-11", "2025-12/2026-02"]
    assert find_dates("in spring", ref) == [] and find_dates("Summer Street", ref) == []


def test_as_of_a_manner_or_a_name_is_no_cause():
    assert not find_causes("Work on Q2 reporting is on course to go to the November Board as scheduled.")
    assert not find_causes("The appraisal and review process has been rebranded as 'LEAP'.")
    assert not find_causes("Some of our work is now being considered as best practice.")
    assert find_causes("The target was missed as two inspecting officers left.")
