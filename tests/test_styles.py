"""Other councils' house styles (`evals/styles/`): front matter, labels as printed and table rows, document by
document, and the same labels from a PDF and Word copy."""

import datetime as dt
import sys
from pathlib import Path

import pytest

from assistant.questions import kind_of
from assistant.reports import read_report
from assistant.tables import normalise_rating

sys.path.insert(0, str(Path(__file__).parent))
import fixtures  # noqa: E402

STYLES = Path(__file__).resolve().parent.parent / "evals" / "styles"

EXPECTED = {
    "duncairn_school_transport_report.txt": (  # a Scottish council's report: fields in capitals set apart by spaces,
        # recommendations (i) to (iv), implications as label-value lines
        "Education and Children's Services Committee", "2026-03-03", "School Transport Policy Review",
        ["header", "1.1", "2.1", "2.1(i)", "2.1(ii)", "2.1(iii)", "2.1(iv)", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3",
         "4.4", "5", "6.1"]),
    "hartwell_meeting_attendance.html": (  # a ModernGov attendance page: the meeting in a heading, captioned tables
        "Licensing and Regulatory Committee", "2026-01-20", "Attendance - Licensing and Regulatory Committee",
        ["header", "Attendance details", "Apologies", "Declarations of interest"]),
    "lindenfield_petition_item.html": (  # a ModernGov agenda item page: a petition, options, minutes, "Resolved:" <ol>
        "Communities Overview and Scrutiny Committee", "2026-01-15", "Petition: Keep Orchard Lane Library Open",
        ["header", "Purpose", "Background", "Options", "Minutes", "(1)", "(2)", "(3)", "(4)", "Supporting documents"]),
    "wyvernmoor_complaints_annual_report.md": (  # a Markdown report, its fields a two-column table, a table of services
        "Corporate Governance Scrutiny Panel", "2025-10-09", "Annual Complaints and Compliments Report 2024/25",
        ["header", "1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "6.1", "6.2"]),
    "thistlecombe_audit_findings.txt": (  # an auditor's findings: coded risk and recommendation rows, lettered asks
        "Audit and Governance Committee", "2025-07-24", "External Audit Findings Report 2024/25",
        ["header", "A", "B", "C", "1.1", "1.2", "1.3", "1.4", "2.1", "SR1", "SR2", "SR3", "SR4", "3.1", "3.2", "3.3",
         "4.1", "R1", "R2", "R3", "R4", "5.1", "6.1", "6.2"]),
    "holmbridge_procurement_audit.txt": (  # actions and risks rated in sub-headings within their paragraphs
        "Audit and Standards Committee", "2025-03-18", "Internal Audit Report - Procurement Compliance 2024/25",
        ["header", "1.1", "2.1", "3.1", "3.2", "4.1", "5.1"]),
    "brightwater_decision.html": (
        "Cabinet", "2025-03-04", "Library Opening Hours Review",
        ["header", "Purpose", "Decision", "(a)", "(b)", "(c)", "Reasons for the decision", "Accompanying Documents"]),
    "fenwick_performance.md": (
        "Communities Scrutiny Panel", "2025-03-12", "Quarter 3 Performance Report 2024/25: Communities",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "3.1", "CM01", "CM02", "CM03", "CM04", "CM05", "3.2",
         "Background papers"]),
    "millbrake_licensing_minutes.txt": (
        "Licensing and Regulatory Committee", "2025-02-05", "Minutes of the meeting of the Licensing and Regulatory Committee",
        ["header", "12.1", "13.1", "13.2", "13.3", "13(1)", "13(2)", "14", "14.1", "14"]),
    "lowmoor_health_wellbeing_board_minutes.txt": (  # minutes numbered by body and year, an action log, a sign-off
        "Health and Wellbeing Board", "2024-07-18", "Minutes of a meeting of the Health and Wellbeing Board",
        ["header", "HWB/24/14", "HWB/24/15", "HWB/24/16", "HWB/24/16", "HWB/24/16(1)", "HWB/24/16(2)", "HWB/24/16(3)",
         "HWB/24/17", "HWB/24/17", "HWB/24/18", "HWB/24/18", "HWB/24/19", "HWB/24/19", "HWB/24/20", "A24/07", "A24/08",
         "A24/09", "A24/04"]),
    "penhallow_capital_monitoring.html": (  # the title a heading over a definition list of fields
        "Resources Scrutiny Committee", "2024-11-12", "Capital Programme Monitoring Quarter 2 2024/25",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "3.3", "4.1", "5.1", "5.2", "6"]),
    "brackenfold_consultation_outcome.txt": (  # sections numbered without a stop ("3 The consultation"), quoted views
        "Communities Scrutiny Committee", "2026-03-12",
        "Outcome of the consultation on a Public Spaces Protection Order for Riverside Park",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "5.1", "6.1", "7.1",
         "8.1"]),
    "hatherley_planning_minutes.txt": (  # minutes numbered by the body's letters alone, headed by application numbers
        "Planning and Regulatory Committee", "2026-01-21", "Minutes of the Planning and Regulatory Committee",
        ["header", "PL/41", "PL/42", "PL/43", "PL/43", "PL/43(1)", "PL/43(2)", "PL/44", "PL/44", "PL/45", "PL/45",
         "PL/46"]),
    "wealdmoor_pension_fund_committee.txt": (  # a pension fund's quarterly report: a returns table inside a paragraph
        "Pension Fund Committee", "2025-12-04",
        "Pension Fund Investment Performance and Funding Update - Quarter Ended 30 September 2025",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "2.1(d)", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3",
         "5.1", "5.2", "6.1", "6.2", "6.3", "7.1", "8.1"]),
    "saltmarsh_fees_and_charges.md": (  # a Markdown export: bold labels for fields, a table of charges by year
        "Cabinet", "2026-01-21", "Fees and Charges 2026/27",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "4.1", "4.2", "4.3", "4.4", "5.1", "6.1",
         "7.1"]),
    "kelsworth_action_tracker.txt": (
        "Environment Scrutiny Panel", "2024-10-09", "Action Tracker and Climate Programme Update",
        ["header", "1.1", "ES/24/01", "ES/24/02", "ES/24/03", "ES/24/04", "2.1", "2.2"]),
    "thornbury_forward_plan.html": (
        "Executive, and individual Executive Members", "2025-06-02", "Forward Plan of Key Decisions: July to October 2025",
        ["header", "Introduction", "FP-25-014", "FP-25-015", "FP-25-016", "FP-25-017",
         "Decisions removed since the last plan"]),
    "pendry_cabinet_report.txt": (
        "Cabinet", "2025-01-14", "Housing Adaptations Annual Review 2023/24",
        ["header", "Summary", "1", "2", "1.01", "1.02", "1.03", "1.04", "1.05", "2.01", "3.01"]),
    "strathcairn_buildings_report.txt": (
        "Communities and Place Committee", "2025-02-25", "Community Buildings: Condition and Suitability, Quarter 3 2024/25",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "3.3", "4.1", "4.2", "5.1", "5.2"]),
    "orrin_vale_tracker.txt": (
        "Corporate Governance Committee", "2024-09-18", "Scrutiny Recommendations Tracker - Position at 31 August 2024",
        ["header", "1.1", "2.1", "2.2", "3.1", "23/24 EST 02", "23/24 EST 05", "23/24 ICT 01", "24/25 HR 02",
         "24/25 FIN 03", "24/25 FIN 04", "3.2"]),
    "ashworth_internal_audit_progress.txt": (  # paragraphs numbered 1, 2, 3 ... under unnumbered headings
        "Audit and Governance Committee", "2025-01-22", "Internal Audit Progress Report 2024/25 - Quarter 3",
        ["header"] + [str(n) for n in range(1, 14)]),
    "calderbrook_budget_monitoring.md": (
        "Cabinet", "2025-11-19", "Revenue Budget Monitoring 2025/26 – Month 6 (September 2025)",
        ["header", "1.1", "1.2", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "3.3", "4.1", "4.2", "5.1", "6.1"]),
    "wrenfield_cabinet_minutes.html": (  # minutes whose text is labelled by its minute, its resolutions by their number
        "Cabinet", "2025-09-09", "Minutes - Cabinet",
        ["header", "27", "28", "29", "29(1)", "29(2)", "29(3)", "30", "30(1)", "30(2)", "31"]),
    "hollinbrook_agenda_item.txt": (  # a saved agenda item page, one line per paragraph, titled by its item
        "Cabinet", "2025-03-06", "Household Waste Recycling Centres: Opening Hours and Booking",
        ["header", "5", "5(1)", "5(2)", "5(3)", "Supporting documents"]),
    "ravensmoor_work_programme.html": (
        "Health and Wellbeing Scrutiny Committee", "2025-10-14", "Work Programme 2025/26",
        ["header", "1.1", "2.1", "3.1", "3.2", "3.3", "4.1"]),
    "tarnside_risk_register.txt": (
        "Audit and Risk Committee", "2025-11-27", "Strategic Risk Register - Quarter 2 2025/26",
        ["header", "1.1", "2.1", "3.1"] + [f"SR0{n}" for n in range(1, 9)] + ["3.2", "3.3", "4.1"]),
    "aldermoor_planning_committee.txt": (  # a planning application report: sections numbered 1.0, titled by its Proposal
        "Planning Committee", "2025-10-16", "Erection of 64 dwellings with associated access, open space and drainage",
        ["header", "1.1", "1.2", "2.1", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.1(a)",
         "5.1(b)", "5.1(c)", "5.2"]),
    "greyhithe_cabinet_report_pdf.txt": (  # a PDF saved as text: lines wrapped at a width, page footers
        "Cabinet", "2025-11-12", "Temporary Accommodation Pressures and the Acquisitions Programme",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "3.3", "4.1", "4.2", "5.1", "5.2", "6.1"]),
    "northmere_council_questions.html": (  # full Council minutes: public questions and answers, a motion and its vote
        "Council", "2025-07-17", "Minutes - Council", ["header", "15", "16", "16", "17", "17"]),
    "elmstead_town_council_minutes.txt": (  # minutes numbered by year, one opening with a list
        "Full Council", "2025-09-08", "Minutes of the Full Council meeting",
        ["header", "25/061", "25/062", "25/063", "25/064", "25/065", "25/065", "25/066", "25/066", "25/067",
         "25/068(a)", "25/068(b)", "25/068(c)", "25/069"]),
    "dunmorrow_education_committee_report.txt": (  # capitals front sheet with fields, recommendations (i)-(iv)
        "Education and Children's Services Committee", "2025-09-03",
        "School Meals: Uptake, Debt and the Free Meals Extension",
        ["header", "1.1", "2.1", "2.1(i)", "2.1(ii)", "2.1(iii)", "2.1(iv)", "3.1", "3.2", "4.1", "4.2", "4.3", "5.1",
         "5.2", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8.1", "BACKGROUND PAPERS"]),
    "harlowgate_officer_decision.html": (  # an officer decision record: a definition list of fields
        "Director of Environment and Neighbourhoods", "2025-08-12", "Award of contract for grounds maintenance equipment",
        ["header", "Decision", "Reasons for the decision", "Alternative options considered and rejected",
         "Consultation", "Declarations of interest", "Background documents"]),
    "quarrington_review_response.txt": (  # a cabinet response to a scrutiny review: a table of recommendations R1-R8
        "Children and Young People Overview and Scrutiny Committee", "2026-01-22",
        "Scrutiny Review of Home to School Transport: Cabinet Response and Action Plan",
        ["header", "1.1", "1.2", "2.1", "2.1(a)", "2.1(b)", "3.1", "3.2", "3.3", "4.1", "Appendix 1"]
        + [f"R{n}" for n in range(1, 9)] + ["5.1", "6.1"]),
    "westmarch_police_crime_panel_minutes.html": (  # minutes headed "52 Proposed Precept", resolutions <ol type="a">
        "Westmarch Police and Crime Panel", "2026-02-06", "Minutes - Westmarch Police and Crime Panel",
        ["header", "51", "52", "52", "52(a)", "52(b)", "53", "53", "54", "55"]),
    "marshfield_issue_details.html": (  # an issue page: its decision due "10 Mar 2026 by Cabinet", its name after
        # the page's kind ("Issue - items at meetings - ...")
        "Cabinet", "2026-03-10", "Civil Parking Enforcement Contract 2026-2034",
        ["header", "Decision summary", "Items at meetings"]),
    "glenvar_ijb_report.txt": (  # a partnership's board, signed off by name, office and date without labels
        "Integration Joint Board", "2026-02-24", "Care at Home Recovery Plan: Progress Report",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "4.1", "4.2", "4.3", "4.4", "5.1", "6.1",
         "7.1"]),
    "tolworth_budget_report.md": (  # fields in a two-column table without a header, key points as bullets
        "Council", "2026-03-05", "Budget 2026/27 and Medium Term Financial Plan 2026/27 to 2029/30",
        ["header", "Key points", "1.1", "1.1(a)", "1.1(b)", "1.1(c)", "1.1(d)", "2.1", "2.2", "3.1", "3.2", "4.1", "5.1"]),
    "fordhaven_call_in_minutes.txt": (  # the meeting's date in the sentence saying where it was held, a body whose
        # name ("Call-in") is also a label of other dates
        "Call-in Sub-committee", "2026-03-03", "Minutes of a meeting of the CALL-IN SUB-COMMITTEE",
        ["header", "CI/14", "CI/15", "CI/16", "CI/16", "CI/17", "CI/17", "CI/18"]),
    "carrickmore_council_minutes_of_proceedings.html": (  # minutes numbered by the body's letter and the year
        # ("C14/26"), titled by a line naming the authority whose meeting it was
        "Carrickmore and Glenside District Council", "2026-02-02",
        "Minutes of Proceedings of the Monthly Meeting of Carrickmore and Glenside District Council",
        ["header", "C14/26", "C15/26", "C16/26", "C17/26", "C18/26", "C19/26", "C20/26"]),
    "lisnagarvey_planning_committee_minutes.txt": (  # "Minutes of the Planning Committee held in ...": the body
        "Planning Committee", "2026-01-15", "Minutes of the Planning Committee",
        ["header", "P01/26", "P02/26", "P03/26", "P04/26", "P05/26", "P06/26"]),
    "harrowdene_task_and_finish_group_report.md": (
        "Overview and Scrutiny Committee", "2026-01-14", "Agenda item 7: Final report of the Empty Homes Task and Finish Group",
        ["header", "1.1", "2.1", "3.1", "3.2", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "6.1", "7.1"]),
}


SERIES = Path(__file__).resolve().parent.parent / "evals" / "series"
QUARTERS = ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1"] + [f"FP{n}" for n in range(1, 7)] + [
    "3.2", "3.3", "3.4", "4.1", "4.2", "4.3"]
EXPECTED_SERIES = {  # one council's quarterly reports in three formats, and two minutes of another with an action log
    "fellbridge_performance_q1_2025.txt": (
        "Cabinet", "2025-09-17", "Corporate Performance Report – Quarter 1 2025/26 (April to June 2025)",
        QUARTERS + ["4.4", "5.1"]),
    "fellbridge_performance_q2_2025.md": (
        "Cabinet", "2025-12-10", "Corporate Performance Report – Quarter 2 2025/26 (July to September 2025)",
        QUARTERS + ["5.1", "5.2", "6.1"]),
    "fellbridge_performance_q3_2025.html": (
        "Cabinet", "2026-03-11", "Corporate Performance Report – Quarter 3 2025/26 (October to December 2025)",
        [label for label in QUARTERS if label != "2.1(c)"] + ["5.1"]),
    "corbury_audit_minutes_july_2025.txt": (  # resolutions listed under "15.4 RESOLVED: That the Committee"
        "Audit and Governance Committee", "2025-07-24", "Minutes of the meeting of the AUDIT AND GOVERNANCE COMMITTEE",
        ["header", "14", "15.1", "15.2", "15.3", "15.4", "15.4(1)", "15.4(2)", "16.1", "16.2", "16.3", "17.1", "AG1",
         "AG2", "AG3"]),
    "corbury_audit_minutes_november_2025.txt": (  # an action log whose codes begin its first cell ("AG1: Report ...")
        "Audit and Governance Committee", "2025-11-27", "Minutes of the meeting of the AUDIT AND GOVERNANCE COMMITTEE",
        ["header", "22.1", "23.1", "23.2", "23.3", "24.1", "24.2", "24.3", "25.1", "25.2", "26.1", "AG1", "AG2", "AG3",
         "AG4"]),
    # a third council: an action plan tracked by a Word report and, six months on, by a saved agenda-item page whose
    # RAG column is one letter; and a capital programme in Markdown whose scheme table has no reference column
    "haldon_governance_action_plan_june_2025.txt": (
        "Audit and Standards Committee", "2025-06-18", "Annual Governance Statement 2024/25 - Action Plan Update",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "4.1", "GOV1", "GOV2", "GOV3", "GOV4",
         "GOV5", "GOV6", "4.2", "4.3", "5.1", "5.2", "6.1"]),
    "haldon_governance_action_plan_january_2026.html": (
        "Audit and Standards Committee", "2026-01-21", "Annual Governance Statement Action Plan - Six Month Update",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "GOV1", "GOV3", "GOV4", "GOV6", "GOV7",
         "3.3", "3.4", "4.1"]),
    "haldon_highways_capital_programme_november_2025.md": (
        "Cabinet", "2025-11-12", "Highways and Transport Capital Programme 2025/26 – Quarter 2 Monitoring",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "3.3", "3.4", "4.1"]),
    # a fourth: a scrutiny review in plain text, and the cabinet's response to it as a saved page with a coded table
    "kelbrook_flytipping_review_february_2025.txt": (
        "Environment Scrutiny Panel", "2025-02-12", "Fly-tipping Task and Finish Group - Final Report",
        ["header", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "4.1"]),
    "kelbrook_flytipping_cabinet_response_april_2025.html": (
        "Cabinet", "2025-04-16", "Response to the Environment Scrutiny Panel's Fly-tipping Task and Finish Group",
        ["header", "1.1", "2.1", "3", "R1", "R2", "R3", "R4", "R5", "R6", "4.1"]),
    # a fifth: a plan to Cabinet with a tab-laid table, scrutiny minutes as a saved page whose meeting line ("...
    # Committee - Tuesday, 16 September 2025 6.30 pm") is no title, and a six-month update in Markdown
    "ravenholt_temporary_accommodation_cabinet_june_2025.txt": (
        "Cabinet", "2025-06-24", "Temporary Accommodation Reduction Plan 2025-2027",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "3.3", "4.1", "TA1", "TA2", "TA3", "TA4",
         "4.2", "4.3", "5.1", "5.2"]),
    "ravenholt_housing_scrutiny_minutes_september_2025.html": (
        "Housing Overview and Scrutiny Committee", "2025-09-16", "Minutes - Housing Overview and Scrutiny Committee",
        ["header", "22", "23.1", "23.2", "23.3", "23.4", "23.5", "23.6", "23(1)", "23(2)", "23(3)", "24"]),
    # a sixth: a call-in report, the call-in meeting's minutes as a saved page (a resolution's concerns as a numbered
    # list in lower case, a recorded vote) and the cabinet's record of its decision (paragraphs numbered on one level,
    # one introducing a list: "2. Cabinet agreed:")
    "carrowmore_call_in_report_march_2026.txt": (
        "Overview and Scrutiny Committee", "2026-03-10",
        "Call-in of Cabinet Decision: Future of the Greystone Road Day Centre",
        ["header", "1.1", "2.1", "2.1(i)", "2.1(ii)", "2.1(iii)", "3.1", "3.2", "3.3", "4.1", "4.2", "4.2(a)", "4.2(b)",
         "4.2(c)", "5.1", "5.2", "6.1"]),
    "carrowmore_scrutiny_minutes_march_2026.html": (
        "Overview and Scrutiny Committee", "2026-03-10", "Minutes - Overview and Scrutiny Committee",
        ["header", "46", "47", "47", "47(1)", "47(2)", "47(3)", "48"]),
    "carrowmore_cabinet_decision_april_2026.md": (
        "Cabinet", "2026-04-07", "Greystone Road Day Centre: reconsideration following call-in",
        ["header", "1", "2", "2(a)", "2(b)", "2(c)", "2(d)", "3", "4", "5"]),
    "ravenholt_temporary_accommodation_update_january_2026.md": (
        "Cabinet", "2026-01-20", "Temporary Accommodation Reduction Plan: Six Month Update",
        ["header", "1.1", "2.1", "2.1(a)", "2.1(b)", "2.1(c)", "3.1", "3.2", "TA1", "TA2", "TA3", "TA4", "3.3", "4.1",
         "4.2"]),
}


@pytest.mark.parametrize("path", sorted([STYLES / name for name in EXPECTED] + [SERIES / name for name in EXPECTED_SERIES]),
                         ids=lambda path: path.name)
def test_front_matter_and_labels_as_printed(path):
    report = read_report(path)
    committee, date, title, labels = {**EXPECTED, **EXPECTED_SERIES}[path.name]
    assert (report.committee, report.meeting_date, report.title) == (committee, date, title)
    assert report.warnings == ()
    assert [p.label for p in report.paragraphs] == labels
    assert len({p.key for p in report.paragraphs}) == len(report.paragraphs)  # repeated labels kept apart
    assert all("/" not in p.key for p in report.paragraphs)  # a chunk id stays parseable


def test_whose_paper_it_is_from_its_front_matter_or_else_its_text():
    assert {name: read_report(STYLES / name).publisher for name in (
        "brightwater_decision.html", "ashworth_internal_audit_progress.txt", "aldermoor_planning_committee.txt",
        "northmere_council_questions.html")} == {
        "brightwater_decision.html": "Brightwater County Council",  # in the page's title
        "ashworth_internal_audit_progress.txt": "Ashworth and Dale District Council",  # in capitals
        "aldermoor_planning_committee.txt": "Aldermoor District Council",  # before a parish council it quotes
        "northmere_council_questions.html": "Northmere City Council"}


def test_a_workstream_rated_in_its_first_words_and_an_action_coded_in_its_first_cell():
    report = read_report(SERIES / "fellbridge_performance_q2_2025.md")
    assert {p.label: p.rating for p in report.paragraphs if p.label.startswith("4.")} == {
        "4.1": "Green", "4.2": "Green", "4.3": "Amber"}  # "Customer Access (Green). The telephone system was ..."
    assert report.paragraph("4.3").heading == "Assets (Amber)"
    minutes = read_report(SERIES / "corbury_audit_minutes_november_2025.txt")
    assert minutes.paragraph("AG3").text.startswith("Action: AG3: Arrange training for members on treasury management · "
                                                    "Owner: Democratic Services Manager · Due: 30 September 2025")
    assert minutes.paragraph("26.1").text == "The Committee reviewed its action log."


def test_rag_rows_carry_their_headers_and_one_notation():
    report = read_report(STYLES / "fenwick_performance.md")
    rows = {p.label: p for p in report.paragraphs if p.label.startswith("CM")}
    assert {k: p.rating for k, p in rows.items()} == {"CM01": "Green", "CM02": "Amber", "CM03": "Green",
                                                       "CM04": "Red", "CM05": "Red"}
    assert rows["CM04"].text == ("Ref: CM04 · Measure: Anti-social behaviour cases closed within 28 days · Target: 85% · "
                                 "Actual: 61% · RAG: Red")
    assert rows["CM04"].heading == "Anti-social behaviour cases closed within 28 days"


@pytest.mark.parametrize("cell, rag_column, rating", [
    ("G", True, "Green"), ("G", False, ""), ("Red (R)", False, "Red"), ("RAG: Amber", False, "Amber"),
    ("Amber-Green", False, "Amber/Green"), ("Green/Amber", False, "Green/Amber"), ("Not rated", True, ""),
    ("Green Flag Award", False, ""), ("C (Poor)", True, ""),
])
def test_rag_notations(cell, rag_column, rating):
    assert normalise_rating(cell, rag_column) == rating


def test_furniture_is_never_a_paragraph():
    report = read_report(STYLES / "brightwater_decision.html")
    text = "\n".join(p.text for p in report.paragraphs)
    assert "KB" not in text and "Home >" not in text and "Shire Hall" not in text
    saved = read_report(STYLES / "hollinbrook_agenda_item.txt")  # a page saved as text keeps no file sizes either
    assert "KB" not in "\n".join(p.text for p in saved.paragraphs)
    assert report.fields["Effective from"] == "14/03/2025" and report.meeting_date == "2025-03-04"


def test_an_agenda_and_minutes_pages_table_of_items_is_read_as_its_minutes(styles_assistant):
    report = read_report(STYLES / "ashbourne_vale_cabinet_agenda_and_minutes.html")
    items = [p for p in report.paragraphs if p.label != "header"]
    assert [p.label for p in items] == [str(n) for n in range(41, 50)]  # not the "No. / Item" header, nor "Minutes:"
    assert items[4].section == "45. Medium Term Financial Strategy 2026/27 to 2028/29"
    text = "\n".join(p.text for p in items)
    assert "KB" not in text and "Minutes:" not in text and "view the full" not in text
    answer = styles_assistant.ask("how big will the budget gap be by 2028/29?")
    assert answer.value == "£4,600,000" and (answer.citations[0].paragraph, answer.citations[0].meeting_date) == (
        "45", "2025-10-14")


def test_a_minute_number_cites_the_whole_minute_unless_printed_on_a_paragraph_of_its_own():
    report = read_report(STYLES / "millbrake_licensing_minutes.txt")
    assert [p.label for p in report.passage("13")] == ["13.1", "13.2", "13.3", "13(1)", "13(2)"]
    assert [p.label for p in report.passage("14")] == ["14"]  # the note printed under the minute's own number
    assert report.passage("13.2")[0].text.startswith("The draft policy") and report.passage("99") == ()


def test_sign_off_is_front_matter():
    report = read_report(STYLES / "orrin_vale_tracker.txt")
    assert "Contact: Declan Morrow" in report.paragraph("header").text
    assert "Contact" not in report.paragraph("3.2").text
    signed = read_report(STYLES / "glenvar_ijb_report.txt")  # a name, an office and a date, unlabelled
    assert signed.paragraph("header").text.endswith("Morag Lindsay\nHead of Adult Services\n12 February 2026")
    assert "Morag" not in signed.paragraph("7.1").text and signed.publisher == "Glenvar Health and Social Care Partnership"


@pytest.mark.parametrize("name, fmt", [
    ("millbrake_licensing_minutes.txt", "pdf"), ("millbrake_licensing_minutes.txt", "docx"),
    ("orrin_vale_tracker.txt", "docx"), ("strathcairn_buildings_report.txt", "pdf"),
    ("ashworth_internal_audit_progress.txt", "pdf"), ("ashworth_internal_audit_progress.txt", "docx"),
])
def test_pdf_and_word_copies_give_the_same_labels(tmp_path, name, fmt):
    source = STYLES / name
    out = tmp_path / f"{source.stem}.{fmt}"
    made = fixtures.write_pdf(source, out, lines_per_page=20) if fmt == "pdf" else fixtures.write_docx(source, out, False)
    text, copy = read_report(source), read_report(made)
    assert [p.label for p in copy.paragraphs] == [p.label for p in text.paragraphs]
    assert (copy.committee, copy.meeting_date, copy.title) == (text.committee, text.meeting_date, text.title)
    assert [p.rating for p in copy.paragraphs] == [p.rating for p in text.paragraphs]


def test_bare_figures_under_a_pounds_header_are_sums():
    report = read_report(STYLES / "calderbrook_budget_monitoring.md")
    rows = [line for line in report.paragraph("3.1").text.split("\n") if line.startswith("Directorate:")]
    assert "Variance (£m): £4.1m" in rows[1] and "Variance (£m): (£0.5m)" in rows[2], rows
    assert rows[0].startswith("Directorate: Adult Social Care ·")  # a name stays as printed


def test_a_code_typed_in_the_form_of_the_papers_row_labels():
    from assistant.tables import codes_asked, codes_like

    form = codes_like({"24/25 HR 02", "KD/2026/006", "PE08", "FP-25-014"})
    assert codes_asked(form, "who owns 24/25  hr 05 and KD/2026/010?") == ("24/25 HR 05", "KD/2026/010")
    assert codes_asked(form, "how was PE11 rated in Q1 2026/27?") == ("PE11",)  # a quarter is a time
    assert codes_asked(form, "what did the 2024/25 plan say about FP-25-015?") == ("FP-25-015",)
    assert codes_asked(codes_like(set()), "PE08") == ()


def test_which_things_hold_a_value_named_are_the_rows_holding_it(styles_assistant):
    """A forward plan's entries are paragraphs of their own: "which ... will the Executive take?" lists the entries
    whose decision taker is the Executive, not a sentence of prose about key decisions, nor every entry."""
    answer = styles_assistant.ask("Which Thornbury Fields key decisions will the Executive take?")
    assert answer.answer_type == "list" and not answer.abstained, answer.answer
    assert [c.paragraph for c in answer.citations] == ["FP-25-014", "FP-25-016"], answer.answer
    missing = styles_assistant.ask("what % complete is recommendation 24/25 HR 05?")
    assert missing.abstained and "24/25 HR 05" in missing.answer, missing.answer


def test_a_value_asked_of_a_row_that_speaks_of_due_dates_is_no_list_of_commitments(styles_assistant):
    answer = styles_assistant.ask("what rating did anti-social behaviour cases closed when due get?")
    assert answer.answer_type == "rating" and answer.value == "Red"
    assert [(c.meeting_date, c.paragraph) for c in answer.citations][0] == ("2025-03-12", "CM04")


def test_who_a_question_ends_asking_after_its_verb_is_named_there(styles_assistant):
    """"Who does the plan have to be agreed with?": whoever the paper names after "agreed with", a body as well as a
    person ("Environmental Health"), asked of what the last answer quoted."""
    history = [{"role": "user", "content": "what did environmental health say about the anchor?"},
               {"role": "assistant", "content": '"Environmental Health did not object, subject to a noise management '
                                                'plan." [LSC 14 Oct 2025, 2.3]'}]
    answer = styles_assistant.ask("who does the plan have to be agreed with?", history)
    assert answer.value == "Environmental Health", answer.answer
    assert (answer.citations[0].meeting_date, answer.citations[0].paragraph) == ("2025-10-14", "4.1(d)")


def test_who_a_thing_reports_to_is_whom_the_sentence_names_after_its_verb(styles_assistant):
    """"Who will it report back to?": whoever the sentence names after "report to", not the chair it also names
    ("chaired by the Director of Public Health, to report to the Board"), nor a person the paragraph names elsewhere."""
    answer = styles_assistant.ask("who will lowmoor's healthy weight partnership report back to?")
    assert answer.value == "Board", answer.answer
    answer = styles_assistant.ask("who did the task and finish group on school transport report to?")
    assert answer.value == "Committee", answer.answer
    assert (answer.citations[0].meeting_date, answer.citations[0].paragraph) == ("2026-01-22", "1.1")


def test_what_is_outstanding_or_completed_is_every_sentence_of_that_status(styles_assistant):
    """"What's still outstanding on X?" lists every sentence of X's paragraph saying work still going on, in the
    paragraph's order, and none saying it is done; "what has been completed on X?" the ones saying it is done."""
    outstanding = styles_assistant.ask("what's still outstanding on corrinford's customer portal?")
    quoted = [c.quote for c in outstanding.citations if c.paragraph == "3.1" and c.quote.startswith(("Integration",
                                                                                                      "Accessibility",
                                                                                                      "The payment"))]
    assert [q.split()[0] for q in quoted] == ["Integration", "Accessibility", "The"], outstanding.answer
    assert "launched" not in outstanding.answer and "went live" not in outstanding.answer, outstanding.answer
    completed = styles_assistant.ask("what has been completed on the customer portal?")
    assert "online account" in completed.answer and "missed bin" in completed.answer, completed.answer
    assert "in progress" not in completed.answer and "underway" not in completed.answer, completed.answer


def test_whether_a_matter_is_taken_in_public_is_read_from_its_exempt_column_or_words(styles_assistant):
    """A forward plan's "Exempt?" column says whether a decision is taken in public ("Open": yes; "Part exempt
    (paragraph 3)": no), and minutes' "an exempt report" that it was discussed in private."""
    assert styles_assistant.ask("will thornbury's tree and woodland strategy decision be taken in public?").value == "yes"
    answer = styles_assistant.ask("will the cctv monitoring contract award be decided in public?")
    assert answer.value == "no" and answer.citations[0].paragraph == "FP-25-014", answer.answer
    answer = styles_assistant.ask("was the refuse vehicle contract discussed in private at ashbourne vale?")
    assert answer.value == "yes" and answer.citations[0].paragraph == "49", answer.answer


def test_what_a_thing_is_waiting_for_is_no_figure_nor_what_it_is_for(styles_assistant):
    """"What's the payment module waiting for?" is read from sentences about the payment module, not from papers
    giving figures of people waiting for care; and "waiting for" does not ask what a payment is for."""
    answer = styles_assistant.ask("what's the payment module waiting for?")
    assert answer.answer_type == "text" and "security sign off" in answer.answer, answer.answer
    assert (answer.citations[0].meeting_date, answer.citations[0].paragraph) == ("2026-01-19", "3.1")


def test_how_long_is_answered_in_minutes_too(styles_assistant):
    answer = styles_assistant.ask("how long are people waiting on 101?")
    assert answer.answer_type == "number" and answer.value == "14", answer.answer
    assert (answer.citations[0].meeting_date, answer.citations[0].paragraph) == ("2026-02-06", "52")


def test_that_officer_is_the_one_the_last_answer_named_and_other_is_not_the_row_asked_of(styles_assistant):
    """An answer in its own words cites nothing: "that officer" is whom it named ("The Estates Manager."), and "what
    other recommendation" is another row than the one the last question named."""
    history = [{"role": "user", "content": "who owns 23/24 EST 02?"},
               {"role": "assistant", "content": "The Estates Manager."}]
    answer = styles_assistant.ask("what other recommendation does that officer own?", history)
    assert not answer.abstained and answer.citations[0].paragraph == "23/24 EST 05", answer.answer


def test_a_paragraph_naming_a_row_found_is_read_with_it(styles_assistant):
    """A tracker's row found by retrieval brings the paragraphs of its paper that name it by its code: the committee
    is asked to agree a revised due date "for recommendation 23/24 EST 02", in words the question shares little of."""
    answer = styles_assistant.ask("what new due date is the committee asked to agree for the community building "
                                  "condition surveys?")
    assert (answer.citations[0].meeting_date, answer.citations[0].paragraph) == ("2024-09-18", "2.2"), answer.answer
    assert "31 December 2024" in answer.answer


def test_without_denies_what_it_is_said_of_not_what_is_asked(styles_assistant):
    from assistant.evidence import _yes_no
    from assistant.questions import understand

    backed = styles_assistant.ask("did the panel back the precept?")
    assert backed.value == "yes" and backed.citations[0].meeting_date == "2026-02-06", backed.answer
    cleared = "The draft plan has been cleared by the review team without any required amendment."
    assert _yes_no(understand("did they ask for any amendment?"), cleared).value == "no"
    assert _yes_no(understand("was the draft plan cleared?"), cleared).value == "yes"


def test_the_lowest_or_highest_rated_rows_and_a_rating_of_two_colours_asked(styles_assistant, assistant):
    """"Which indicator had the worst rating?": the rows at the low end of the RAG scale (Red under Amber under Green,
    a rating of two colours between its colours), each cited; "which workstreams were rated green/amber?" the rows
    rated so."""
    worst = styles_assistant.ask("which corporate performance indicator had the worst rating?")
    assert worst.answer_type == "list" and sorted(c.paragraph for c in worst.citations) == ["CP03", "CP06"], worst.answer
    lowest = assistant.ask("which workstream had the lowest rating?")
    assert [(c.meeting_date, c.paragraph) for c in lowest.citations] == [("2023-11-27", "2.6")], lowest.answer
    assert "Partnership working: Green/Amber" in lowest.answer
    best = assistant.ask("which workstreams were rated highest?")
    assert "2.6" not in [c.paragraph for c in best.citations] and len(best.citations) >= 4, best.answer
    both = assistant.ask("which workstreams were rated green/amber?")
    assert [c.paragraph for c in both.citations] == ["2.6"], both.answer


def test_a_resolutions_verbs_an_office_in_full_and_a_body_that_objects(styles_assistant):
    """"Supports the proposed precept" is a resolution's verb (supported); "Director of Environment and
    Neighbourhoods" is one office; "who objected?" is answered by a body ("Harwick Parish Council objects")."""
    from assistant.facts import find_decisions, find_roles

    assert [f.value for f in find_decisions("supports the proposed precept without qualification;")] == ["supported"]
    assert [f.value for f in find_roles("Decision maker: Director of Environment and Neighbourhoods")] == [
        "Director of Environment and Neighbourhoods"]
    precept = styles_assistant.ask("what did the police and crime panel decide on the precept?")
    assert precept.value == "supported" and precept.citations[0].paragraph == "52(a)", precept.answer
    objected = styles_assistant.ask("who objected to the aldermoor planning application?")
    assert objected.value == "Harwick Parish Council" and objected.citations[0].paragraph == "1.2", objected.answer


def test_a_follow_up_of_an_answer_in_its_own_words_asks_of_what_it_named(styles_assistant):
    """An answer that cites nothing ("Kilbride Hall.") names what the next question asks of, wherever the papers found
    say it; "to report to its June meeting", asked of at a February meeting, is the June to come."""
    from assistant.facts import find_dates

    rated = styles_assistant.ask("what's it rated?", [
        {"role": "user", "content": "which Strathcairn building closed to the public?"},
        {"role": "assistant", "content": "Kilbride Hall."}])
    assert rated.value == "D" and rated.citations[0].paragraph == "3.2", rated.answer
    back = styles_assistant.ask("when will they report back?", [
        {"role": "user", "content": "what did the panel ask the commissioner to do?"},
        {"role": "assistant", "content": "To report on 101 call waiting times."}])
    assert back.value == "2026-06" and back.citations[0].paragraph == "52(b)", back.answer
    assert [f.value for f in find_dates("asks the Commissioner to report to its June meeting", dt.date(2026, 2, 6))] \
        == ["2026-06"]


def test_a_follow_up_of_an_answer_citing_nothing_asks_of_the_row_the_last_question_named(styles_assistant):
    history = [{"role": "user", "content": "who owns 24/25 HR 02?"}, {"role": "assistant", "content": "The HR Manager."}]
    due = styles_assistant.ask("when is it due now?", history)
    assert due.value == "2024-07-31" and due.citations[0].paragraph == "24/25 HR 02", due.answer
    done = styles_assistant.ask("is it done?", history)
    assert done.value == "no" and done.citations[0].paragraph == "24/25 HR 02", done.answer


def test_sections_numbered_without_a_stop_head_the_paragraphs_numbered_under_them():
    report = read_report(STYLES / "brackenfold_consultation_outcome.txt")
    sections = {p.label: p.section for p in report.paragraphs}
    assert (sections["1.1"], sections["4.2"], sections["8.1"]) == (
        "1. Summary", "4. What people told us", "8. Financial implications")


def test_and_how_many_at_a_place_asks_the_last_answers_count_there(styles_assistant):
    """"and how many at the drop-ins?" counts what the last answer counted, at the drop-ins (not the drop-in sessions
    themselves), from the sentence it quoted; a hyphenated word is one the papers use if they use its parts."""
    history = [{"role": "user", "content": "how many people responded to the pspo consultation?"},
               {"role": "assistant", "content": '612. "In all 612 responses were received: 488 online, 97 on paper and '
                                                '27 at the drop-in sessions." [CSC 12 Mar 2026, 3.2]'}]
    answer = styles_assistant.ask("and how many at the drop-ins?", history)
    assert (answer.value, answer.citations[0].paragraph) == ("27", "3.2"), answer.answer
    # the first question typed without its question mark is read as with it
    first = styles_assistant.ask("how many people responded to the pspo consultation")
    assert (first.value, first.citations[0].paragraph) == ("612", "3.2"), first.answer


def test_a_rise_said_as_a_share_and_a_date_now_expected(styles_assistant):
    """"what's council tax going up by?" of a rise said as a percentage ("an increase of 2.99%") is that share; "when's
    the depot opening?" of "originally due to open in April 2026; it is now expected to open in October 2026" is
    October."""
    rise = styles_assistant.ask("what's tolworth's council tax going up by?")
    assert (rise.value, rise.citations[0].paragraph) == ("2.99", "1.1(b)"), rise.answer
    opening = styles_assistant.ask("when's the tolworth depot opening?")
    assert (opening.value, opening.citations[0].paragraph) == ("2026-10", "4.1"), opening.answer


def test_a_not_in_a_condition_does_not_deny_what_follows(styles_assistant):
    """"is that below the minimum?" of "If the overspend is not reduced, they would fall to £14.7m ..., below the
    minimum level of £15.0m": yes."""
    history = [{"role": "user", "content": "what would calderbrook's reserves fall to?"},
               {"role": "assistant", "content": '£14,700,000. "If the overspend is not reduced, they would fall to £14.7m '
                                                'by 31 March 2026, below the minimum level of £15.0m set in the Medium '
                                                'Term Financial Strategy." [Cabinet 19 Nov 2025, 5.1]'}]
    answer = styles_assistant.ask("is that below the minimum?", history)
    assert (answer.value, answer.citations[0].paragraph) == ("yes", "5.1"), answer.answer


def test_why_after_a_quote_giving_its_purpose_is_that_quote(styles_assistant):
    """"why?" after "This item was deferred ... so that further legal advice could be obtained ..." is that sentence's
    purpose, not a reason another item's paragraph gives."""
    first = styles_assistant.ask("what happened to the leisure centre contract at wrenfield?")
    history = [{"role": "user", "content": "what happened to the leisure centre contract at wrenfield?"},
               {"role": "assistant", "content": first.answer}]
    why = styles_assistant.ask("why?", history)
    assert "legal advice" in why.answer and why.citations[0].paragraph == "31", why.answer
    # and "when will it come back?" is asked of the item the heading names, though its one sentence does not
    back = styles_assistant.ask("when will it come back?", history)
    assert (back.value, back.citations[0].paragraph) == ("2025-10-14", "31"), back.answer


def test_a_date_said_as_a_season(styles_assistant):
    answer = styles_assistant.ask("when will glenvar's recruitment target be met?")
    assert (answer.value, answer.citations[0].paragraph) == ("2026-06/2026-08", "4.4"), answer.answer


def test_a_briefing_is_not_the_front_matter_naming_its_topic(styles_assistant):
    """"how's the care at home recovery going?" is told by what the paper says of it (the waiting list fallen to 97),
    not by its "Report Title:" line."""
    answer = styles_assistant.ask("how's glenvar's care at home recovery going?")
    assert "header" not in [c.paragraph for c in answer.citations] and "97" in answer.answer, answer.answer


def _history(*turns):
    return [{"role": "user" if n % 2 == 0 else "assistant", "content": t} for n, t in enumerate(turns)]


def test_a_part_of_the_last_value_is_not_that_value(styles_assistant):
    """"And how much of that is savings?" after the budget's £18.42 million: the savings (£450,000), not the budget
    again, though the last question's words weigh for its sentences."""
    answer = styles_assistant.ask("And how much of that is savings?", _history(
        "What's Tolworth's net revenue budget for 2026/27?", "£18.42 million."))
    assert answer.value == "£450,000", answer.answer


def test_when_a_tracked_action_happened_is_not_when_it_was_raised_or_due(styles_assistant):
    """A completed action's row gives the date it was raised and its target date, not when it was done: asked when
    the visit happened, the papers don't say; asked when it was raised, the row's date raised."""
    history = _history("What's Kelsworth action ES/24/03?", "Arranging a site visit to the new materials recovery facility.")
    assert styles_assistant.ask("When did the visit happen?", history).abstained
    assert styles_assistant.ask("when was kelsworth action ES/24/02 raised?").value == "2024-02-06"
    assert styles_assistant.ask("when was kelsworth action ES/24/01 completed?").value == "2024-03-12"


def test_things_rated_in_sub_headings_are_rated_rows_of_their_scale(styles_assistant):
    """"Action 3 (Medium)" within a paragraph is a rated row of its own, on the scale of priorities: which are medium,
    the highest, how many are low, each with the line under it; a RAG question is not answered by them, and a date
    asked of a numbered action is one said under its sub-heading ("when is action 4 due?": none is)."""
    from assistant.records import extract

    rated = {(r.workstream, r.rating) for r in extract(read_report(STYLES / "holmbridge_procurement_audit.txt"))["ratings"]}
    assert rated == {("Action 1", "High"), ("Action 2", "Medium"), ("Action 3", "Medium"), ("Action 4", "Low"),
                     ("Supplier failure", "Amber"), ("Fraud and corruption", "Red")}
    medium = styles_assistant.ask("which of the holmbridge audit actions are medium priority?")
    assert medium.value == ["Action 2", "Action 3"] and "contracts register" in medium.answer, medium.answer
    assert styles_assistant.ask("what's the highest priority action from the procurement compliance audit?").value == \
        ["Action 1"]
    assert styles_assistant.ask("how many low priority actions came out of the procurement compliance audit?").value == "1"
    assert styles_assistant.ask("which risk is red in the holmbridge audit report?").value == ["Fraud and corruption"]
    assert styles_assistant.ask("when is action 4 of the holmbridge procurement audit due?").abstained
    assert styles_assistant.ask("when is action 3 of the holmbridge procurement audit due?").value == "2025-09-30"


def test_all_agreed_is_asked_of_each_rows_response(styles_assistant):
    """"Did management accept all the auditor's recommendations?": no, by the one row whose response is "Partly
    agreed" (a row is one unit, whatever full stops its cells hold: its officer answers who owns it); of a cabinet's
    response to a review, the rows partially accepted and rejected."""
    agreed = styles_assistant.ask("did thistlecombe's management accept all the auditor's recommendations?")
    assert (agreed.value, [c.paragraph for c in agreed.citations]) == ("no", ["R3"]), agreed.answer
    owner = styles_assistant.ask("who owns the recommendation on the fixed asset register?")
    assert owner.value == "Chief Accountant" and owner.citations[0].paragraph == "R3", owner.answer
    review = styles_assistant.ask("did cabinet accept all the scrutiny recommendations on travel?")
    assert review.value == "no" and {c.paragraph for c in review.citations} == {"R2", "R5", "R8"}, review.answer


def test_a_period_chooses_among_one_authoritys_papers(styles_assistant):
    """Two councils' audit committees share a name: "the Q3 scorecard" is not looked for among their papers only
    because one of them is a quarter 3 report."""
    assert styles_assistant.ask("when will we see the Q3 scorecard?").value == "2026-02-19"


def test_how_much_it_was_changed_by_asks_of_the_change(styles_assistant):
    """"How much was the valuation corrected by?": the sum said of the correcting (not "by", the last word)."""
    from assistant.questions import understand

    assert understand("how much was the valuation corrected by?").focus == "corrected"
    a = styles_assistant.ask("how much was the land and buildings valuation corrected by at thistlecombe?")
    assert (a.value, a.citations[0].paragraph) == ("£1,100,000", "SR2"), a.answer


def test_a_sum_of_another_kind_of_the_thing_asked_does_not_answer(styles_assistant):
    """"How much was the licence fee?" is not answered by "The scale fee ... is £198,000" (another kind of fee, the
    question's kind unsaid; a licence's charge in a fees table may), though "how much is the scale fee at
    thistlecombe?" is (the place is not the fee)."""
    fee = styles_assistant.ask("how much was the licence fee?")
    assert fee.abstained or "licence" in fee.citations[0].quote.lower() and fee.value != "£198,000", fee.answer
    assert styles_assistant.ask("how much is the scale fee at thistlecombe?").value == "£198,000"


def test_a_thing_found_is_told_before_one_saying_there_was_none(styles_assistant):
    """"Where did the auditor find a significant weakness?": "one significant weakness, in financial sustainability"
    before "We found no significant weaknesses in governance ...", though the second says "found"."""
    a = styles_assistant.ask("where did the auditor find a significant weakness at thistlecombe?")
    assert a.citations[0].paragraph == "3.2" and "financial sustainability" in a.answer, a.answer


def test_a_tables_highest_row_answers_which_had_the_most(styles_assistant):
    """"Which service had the most complaints?": the row highest in the column the question names, else in the first
    column of figures (Waste and recycling, 512); "the fewest stage 2 complaints" reads the Stage 2 column (Parking);
    a table written between bars is read alike ("which restriction had the least support?")."""
    most = styles_assistant.ask("which service had the most complaints at wyvernmoor?")
    assert most.answer.startswith("Waste and recycling") and most.citations[0].paragraph == "3.1", most.answer
    assert styles_assistant.ask("which service had the fewest stage 2 complaints?").answer.startswith("Parking")
    assert "alcohol" in styles_assistant.ask("which restriction had the least support?").answer.split(".")[0]


def test_shares_targets_months_and_agents_read_by_grammar(styles_assistant):
    """"Did it hit its target?" of "88% ... (target 95%)": no; "what share ... were upheld?" a percentage (44%, not
    the 198 complaints of the same row); of "fell from 96 in October 2024 to 31 in March 2025", the figure of the month
    asked; "who reviews them?" of "reviewed by a senior manager"; "upheld at wyvernmoor?" counts the upheld."""
    assert styles_assistant.ask("did wyvernmoor hit its target for answering stage 1 complaints on time?").value == "no"
    assert styles_assistant.ask("what share of housing complaints were upheld at stage 1?").value == "44"
    assert styles_assistant.ask("how many missed bin complaints were there in october 2024?").value == "96"
    assert styles_assistant.ask("how many missed bin complaints were there in march 2025?").value == "31"
    assert styles_assistant.ask("how many ombudsman complaints were upheld at wyvernmoor?").value == "4"
    stage2 = [{"role": "user", "content": "how many stage 2 complaints were there at wyvernmoor?"},
              {"role": "assistant", "content": "114. [CGSP 9 Oct 2025, 3.2]"}]
    assert styles_assistant.ask("and who reviews them?", stage2).value == "a senior manager"
    paid = styles_assistant.ask("what was the £750 payment for?")
    assert paid.citations[0].paragraph == "4.2" and "distress" in paid.answer, paid.answer


def test_a_petition_item_page_read_and_asked(styles_assistant):
    """An agenda item page whose resolutions are a numbered list under "Resolved:": each is its own resolution, (1) to
    (4). "When will cabinet consider it?" is answered by "be reported to Cabinet on 10 February 2026"; "has a group
    submitted a business plan?" is no (it is "invited to submit" one, and "had not yet submitted" one); "how far?" is
    a distance; "how many people signed the bus lane petition?" is not "by two buses"."""
    cabinet = styles_assistant.ask("when will cabinet consider the orchard lane library recommendation?")
    assert (cabinet.value, cabinet.citations[0].paragraph) == ("2026-02-10", "(4)"), cabinet.answer
    assert styles_assistant.ask("has a community group submitted a business plan for orchard lane library?").value == "no"
    far = styles_assistant.ask("how far away is the nearest other library from lindenfield?")
    assert far.answer.startswith("4.2 miles"), far.answer
    assert styles_assistant.ask("how many people signed the bus lane petition?").value != "2"


def test_a_follow_up_of_an_answer_citing_nothing_keeps_to_the_council_asked(styles_assistant):
    """A conversation whose last answer came from elsewhere, in its own words and citing nothing (as a dev set writes
    them): "why is the auditor asking for more money?" after "What fee is Thistlecombe's external auditor charging?"
    asks of that auditor, in that council's papers, not another council's internal auditor."""
    fee = [{"role": "user", "content": "What fee is Thistlecombe's external auditor charging for 2024/25?"},
           {"role": "assistant", "content": "A scale fee of £198,000, with an additional £24,500 proposed."}]
    a = styles_assistant.ask("why is the auditor asking for more money?", fee)
    assert a.citations and a.citations[0].report_id == "thistlecombe-audit-findings", a.answer


def test_table_figures_are_compared_in_their_units():
    """A table cell's figure is read in its unit: £800k is less than £1.2m, "£0.8m under" less than none."""
    from assistant.answer import _figure

    assert _figure("£800k") < _figure("£1.2m") < _figure("£2bn")
    assert _figure("£0.8m under") < 0 < _figure("£0.8m over") and _figure("44%") == 44 and _figure("n/a") is None


def cited(answer) -> list[tuple[str, str]]:
    return [(c.meeting_date, c.paragraph) for c in answer.citations]


def test_an_attendance_page_answers_who_chaired_who_was_absent_and_who_declared(styles_assistant):
    """A ModernGov attendance page: the meeting in a heading's field, captioned tables of rows, each row one sentence
    (the first too, not taken as a heading)."""
    chair = styles_assistant.ask("who chaired hartwell's licensing committee on 20 january?")
    assert chair.value == "Sarah Penhaligon" and cited(chair)[0] == ("2026-01-20", "Attendance details"), chair.answer
    absent = styles_assistant.ask("was councillor siddique at the hartwell licensing meeting?")
    assert absent.value == "no", absent.answer  # "Attendance: Absent"
    there = styles_assistant.ask("did councillor talbot attend the hartwell licensing committee?")
    assert there.value == "yes", there.answer
    declared = styles_assistant.ask("who declared an interest at the hartwell licensing committee?")
    assert declared.value == "Tom Fitzwilliam", declared.answer


def test_implications_set_out_as_lines_say_which_are_none_and_no_change_is_a_no(styles_assistant):
    none = styles_assistant.ask("which implications in the duncairn transport report are none?")
    assert none.value == ["Personnel: None", "Fairer Scotland Duty: None", "Property: None"], none.answer
    same = styles_assistant.ask("is the primary walking distance changing in duncairn?")
    assert same.value == "no" and cited(same) == [("2026-03-03", "2.1(ii)")], same.answer


def test_where_the_money_comes_from_and_when_a_meeting_starts(styles_assistant):
    assert kind_of("where is that money coming from?") == "text" and kind_of("how will it be paid for?") == "text"
    funded = styles_assistant.ask("where is that money coming from?", [
        {"role": "user", "content": "what would the extra school transport cost in Duncairn?"},
        {"role": "assistant", "content": "£385,000 a year."}])
    assert "demographic growth provision" in funded.answer and cited(funded) == [("2026-03-03", "5")], funded.answer
    start = styles_assistant.ask("what time did the hartwell licensing meeting start?")
    assert "6.30 pm" in start.answer and cited(start) == [("2026-01-20", "header")], start.answer


def test_a_name_only_a_page_title_gives_is_not_said_to_be_unmentioned(styles_assistant):
    a = styles_assistant.ask("how many complaints did hartwell receive?")  # (its papers give no such count)
    assert a.abstained and "mentions hartwell" not in a.answer.lower(), a.answer


def test_follow_ups_of_answers_citing_nothing_find_what_pays_and_when_it_is_heard(styles_assistant):
    savings = styles_assistant.ask("Where do they come from?", [
        {"role": "user", "content": "How much in savings is built into Tolworth's 2026/27 budget?"},
        {"role": "assistant", "content": "£450,000."}])
    assert "Bridge Street" in savings.answer and cited(savings)[0] == ("2026-03-05", "2.1"), savings.answer
    assert styles_assistant.ask("when will the fire authority hear the outcome of the crewing consultation?"
                                ).value == "2026-07-15"


def test_a_follow_up_of_a_decision_answered_in_words_asks_of_the_thing_decided(styles_assistant):
    """"What will it cost?" after "what is the authority asked to approve?" answered "A twelve-week consultation on
    ..." (citing nothing) asks the consultation's cost, not the approval's; "when would it start?" is no past date."""
    asked = [{"role": "user", "content": "What is the Fernleigh fire authority asked to approve?"},
             {"role": "assistant", "content": "A twelve-week consultation on day crewing at Brackwell and Tollard."}]
    cost = styles_assistant.ask("What will it cost?", asked)
    assert cost.value == "£18,000" and cited(cost) == [("2026-03-18", "5.1")], cost.answer
    start = styles_assistant.ask("When would it start?", asked)
    assert start.value == "2026-04-07", start.answer


def test_who_signed_a_decision_off_is_its_records_decision_maker(styles_assistant):
    """An officer decision record's "Decision maker:" field says who took it: "who signed it off?" after who won the
    contract is that field, not the contact officer nor the cabinet member consulted."""
    won = [{"role": "user", "content": "who won the grounds maintenance contract?"},
           {"role": "assistant", "content": "Greenline Turfcare Ltd. [DEN 12 Aug 2025, Decision]"}]
    signed = styles_assistant.ask("who signed it off?", won)
    assert signed.value == "Director of Environment and Neighbourhoods", signed.answer


def test_which_panel_is_that_is_the_committee_of_the_paper_asked_of(styles_assistant):
    """"Which panel is that?" after an answer citing nothing asks the committee of the paper the last question named,
    read from its front matter whatever its case ("Committee: ENVIRONMENT SCRUTINY PANEL")."""
    update = [{"role": "user", "content": "When is Kelsworth's next climate programme update?"},
              {"role": "assistant", "content": "15 January 2025."}]
    panel = styles_assistant.ask("Which panel is that?", update)
    assert panel.value == "Environment Scrutiny Panel" and cited(panel)[0] == ("2024-10-09", "header"), panel.answer


def test_a_body_asked_by_the_end_of_its_name_is_the_one_its_acronym_names(styles_assistant, assistant):
    """"The partnership group" is the Brindlemoor Local Partnership Group the paper calls "the LPG" once it has named
    it, and "the improvement board" the shipped papers' "IIB": the sentences that use the acronym are found and cover
    the words asked."""
    chair = styles_assistant.ask("who chairs the partnership group?")
    assert "Harriet Osei" in chair.answer and cited(chair)[0] == ("2025-07-09", "3.2"), chair.answer
    met = styles_assistant.ask("how many times did the partnership group meet last year?")
    assert met.value == "4" and cited(met)[0] == ("2025-07-09", "3.2"), met.answer
    each = assistant.ask("what did each paper say about the improvement board?")
    assert ("2023-11-27", "2.8") in cited(each), each.answer


def test_a_risk_rated_by_colour_and_a_target_missed_in_another_clause(styles_assistant):
    """A risk is rated by colour as well as by level ("The programme risk is rated Amber"); "did it hit its target?"
    is no when the sentence's other clause says it fell below it; how much a figure went up may be a share."""
    risk = styles_assistant.ask("what's the risk rating for the prosperity fund programme?")
    assert risk.value == "Amber" and cited(risk)[0] == ("2025-07-09", "6.1"), risk.answer
    target = styles_assistant.ask("did the numeracy strand hit its target?")
    assert target.value == "no" and cited(target)[0] == ("2025-07-09", "4.4"), target.answer
    footfall = styles_assistant.ask("how much did footfall go up at the town centre events?")
    assert footfall.value == "14%" and cited(footfall)[0] == ("2025-07-09", "4.3"), footfall.answer


def test_when_a_thing_goes_to_a_body_is_the_date_of_that_bodys_meeting(styles_assistant):
    """"When does the allocation go to cabinet?" is the date said of the meeting of the body asked ("before it goes to
    Cabinet on 22 July 2025"), not the financial year the allocation is for ("the proposed allocation for 2025/26")."""
    a = styles_assistant.ask("when does the allocation go to cabinet?")
    assert a.value == "2025-07-22" and cited(a)[0] == ("2025-07-09", "2.2"), a.answer


def test_an_agenda_and_minutes_page_names_people_by_office_counts_before_their_figures_and_lists_what_it_counts(
        styles_assistant):
    """A person named after the office that introduces them ("The Director of Finance, Susan Achebe, explained"); a
    count whose thing comes first ("Visits to the two centres had risen to 612,000 in 2024/25", "the number of
    households in temporary accommodation (142 against a target of 110)"); a sentence saying how many things it names
    lists them ("The three indicators rated Red were ..., ... and ..."); a reply's sum is of what was asked before it."""
    who = styles_assistant.ask("who is the director of finance at ashbourne vale?")
    assert who.value == "Susan Achebe" and cited(who)[0] == ("2025-10-14", "45"), who.answer
    visits = styles_assistant.ask("how many visits did dane valley leisure centre and kingsmead pool get last year?")
    assert visits.value == "612000" and cited(visits)[0] == ("2025-10-14", "46"), visits.answer
    housed = styles_assistant.ask("how many households were in temporary accommodation in ashbourne vale?")
    assert housed.value == "142", housed.answer
    red = styles_assistant.ask("which of ashbourne vale's indicators were red in q1?")
    assert len(red.value) == 3 and red.value[1].startswith("the number of households"), red.answer
    repairs = styles_assistant.ask("how much are the footbridge repairs costing?")
    assert repairs.value == "£86,400" and cited(repairs)[0] == ("2025-10-14", "44"), repairs.answer
    contractor = styles_assistant.ask("who is the contractor on the leisure centre refurbishment?")  # a firm, not the
    assert contractor.abstained, contractor.answer  # councillor who introduced the leisure contract


def test_a_word_report_numbered_by_word_with_its_rag_table(styles_assistant):
    """A Word report whose paragraphs Word numbers itself, with a front sheet and a RAG table as Word tables: "on
    track ... by March 2027?" is no when the target is "at risk" (and March 2027 is no paper's date); "close" is said as
    "runs until"; "why?" after a rating stays with the paper that gave it, which speaks of "the climate report" in its
    title."""
    track = styles_assistant.ask("is sedgemere on track for 40 electric fleet vehicles by march 2027?")
    assert track.value == "no" and cited(track)[0] == ("2026-02-03", "4.3"), track.answer
    planted = styles_assistant.ask("how many trees were planted in sedgemere?")  # not the 3,000 that "will" be
    assert planted.value == "2150" and cited(planted)[0] == ("2026-02-03", "4.3"), planted.answer
    closes = styles_assistant.ask("when does the climate plan consultation close?")
    assert closes.value == "2026-02-27" and cited(closes)[0] == ("2026-02-03", "7.1"), closes.answer
    history = [{"role": "user", "content": "what rating did transport get in the climate report?"},
               {"role": "assistant", "content": "Amber. [ECOSC 3 Feb 2026, 4.3]"}]
    why = styles_assistant.ask("why?", history)
    assert cited(why)[0] == ("2026-02-03", "4.3") and "charging capacity" in why.answer, why.answer


def test_a_sum_asked_per_year_is_not_one_per_night():
    from assistant.evidence import _rates

    assert _rates("how much does it cost each year?") == _rates("£1.2m per annum") == _rates("paid annually") == {"year"}
    assert _rates("the average cost of a night in bed and breakfast is £94") == {"night"} and not _rates("£94")


def test_a_pdf_reports_front_sheet_and_rag_table_are_read_as_tables(styles_assistant):
    """A PDF whose front sheet and RAG table are tables: the words of each row, set apart in columns, are read as its
    cells ("Scheme: Northgate special free school · ... · RAG: Red"), its running heads dropped; a part counted
    after its whole is what the question asks only when it asks what the part alone is said to be ("without any
    school place"); "above the national average?" is no when the sentence says below it."""
    report = read_report(STYLES / "tollbridge_send_scrutiny_report.pdf")
    assert report.fields["Report of"] == "Gareth Pryce, Director of Education and Inclusion"
    assert "Scheme: Northgate special free school · Places: 120" in report.paragraph("5.1").text
    assert "Tollbridge County Council" not in "\n".join(p.text for p in report.paragraphs if p.label != "header")
    red = styles_assistant.ask("which send scheme is rated red?")
    assert "Northgate" in red.answer and cited(red)[0] == ("2026-03-12", "5.1"), red.answer
    rag = styles_assistant.ask("what rag is the tollbridge academy autism unit?")
    assert rag.value == "Amber", rag.answer
    places = styles_assistant.ask("how many places will the ravensbrook expansion add?")
    assert places.value == "60", places.answer
    waiting = styles_assistant.ask("how many children are waiting for a specialist school place?")
    without = styles_assistant.ask("how many send children have no school place at all?")
    assert (waiting.value, without.value) == ("212", "58"), (waiting.answer, without.answer)
    above = styles_assistant.ask("is tollbridge above the national average for ehcp timeliness?")
    assert above.value == "no", above.answer
    requests = styles_assistant.ask("how many needs assessment requests did tollbridge get in 2025?")
    assert requests.value == "1120", requests.answer


def test_pdf_minutes_name_the_firm_a_person_works_for(styles_assistant):
    """PDF minutes whose minutes run over a page: each minute and its resolution apart, the people present read as
    fields; "which firm ...?" is the firm named after a person and their role ("Jonathan Reeve, Engagement Lead,
    Hartley Rowe LLP")."""
    report = read_report(STYLES / "weybridge_vale_audit_standards_minutes.pdf")
    assert (report.committee, report.meeting_date) == ("Audit and Standards Committee", "2026-01-27")
    assert [p.label for p in report.paragraphs][1:5] == ["AS/25/31", "AS/25/32", "AS/25/33", "AS/25/34"]
    assert [p.page for p in report.paragraphs if p.label == "AS/25/36"] == [2, 2] and report.warnings == ()
    firm = styles_assistant.ask("which firm is weybridge vale's external auditor?")
    assert firm.value == "Hartley Rowe LLP" and cited(firm)[0] == ("2026-01-27", "header"), firm.answer
    chair = styles_assistant.ask("who chaired weybridge vale's audit and standards committee?")
    assert chair.value == "Rhiannon Foster", chair.answer
    deferred = styles_assistant.ask("how many audits were deferred to 2026/27?")
    assert deferred.value == "3" and cited(deferred)[0] == ("2026-01-27", "AS/25/34"), deferred.answer


def test_a_count_is_of_the_thing_asked_and_a_word_asked_may_be_said_in_another_form(styles_assistant):
    """"How many pensioners?" of "68,400 members: ... and 17,400 pensioners" is the pensioners' count, though the
    members' says what the fund has; "still waiting to be processed" is said as "unprocessed", "the new signs" as
    "new signage"; a fee of another kind ("one-off fees") is no licence fee; and a section named by a word asked
    ("Asset Pooling") does not answer "which pools ...?" over a paragraph saying all of it."""
    answer = styles_assistant.ask("how many pensioners does the fund have?")
    assert answer.value == "17400", answer.answer
    answer = styles_assistant.ask("how many leaver cases are still waiting to be processed?")
    assert answer.value == "410" and answer.citations[0].paragraph == "6.3", answer.answer
    assert styles_assistant.ask("how much will the new signs cost?").value == "£8,500"
    assert "one-off" not in styles_assistant.ask("how much was the licence fee?").answer
    answer = styles_assistant.ask("which pools are being decarbonised?")
    assert "Brookside" in answer.answer and answer.citations[0].meeting_date == "2026-02-03", answer.answer


def test_the_highest_rated_risk_is_the_one_rated_red_in_the_register_asked_of(styles_assistant):
    """On a risk register the highest rated risks are those rated Red, not Green; and another council's register
    does not answer of the pension fund's, which its paper rates in prose."""
    answer = styles_assistant.ask("what's the highest rated risk on tarnside's register?")
    assert answer.answer_type == "list" and "Cyber attack disrupting council services" in answer.value, answer.answer
    assert "Health and safety at the depot" not in answer.answer, answer.answer
    answer = styles_assistant.ask("what's the highest rated risk on the pension fund risk register?")
    assert "cyber security" in answer.answer and answer.citations[0].paragraph == "7.1", answer.answer


def test_whether_a_benchmark_was_beaten_is_read_from_the_row_of_the_period_asked(styles_assistant):
    """"Did the fund beat its benchmark over the year?" of a returns table's rows (a return, its benchmark and the
    difference): no over the year (8.4% against 9.1%), yes over the quarter (2.9% against 2.6%)."""
    answer = styles_assistant.ask("did the pension fund beat its benchmark over the year?")
    assert answer.value == "no" and "9.1%" in answer.answer, answer.answer
    answer = styles_assistant.ask("did the pension fund beat its benchmark over the quarter?")
    assert answer.value == "yes" and "2.6%" in answer.answer, answer.answer


def test_a_charge_a_proposal_changes_is_the_new_one_next_year_and_the_old_one_now(styles_assistant):
    """"The charge for a garden waste permit rises from £52 to £58": £58 is what it will cost next year, £52 what it
    costs now (a proposal is not yet what a thing is)."""
    assert styles_assistant.ask("how much will a garden waste permit cost next year at saltmarsh?").value == "£58"
    assert styles_assistant.ask("what does the garden waste permit cost now?").value == "£52"


def test_whether_a_charge_goes_up_is_read_from_its_row_by_year(styles_assistant):
    """"Is the taxi driver licence going up?" of a row "2025/26: £240.00 · 2026/27: £240.00": no; the cremation fee
    (£795.00 to £835.00) is not going down."""
    answer = styles_assistant.ask("is the taxi driver licence going up?")
    assert answer.value == "no" and answer.citations[0].paragraph == "4.1", answer.answer
    assert styles_assistant.ask("is the cremation fee going down?").value == "no"


def test_a_decision_page_with_its_dates_under_a_heading_that_is_a_field(styles_assistant):
    # ModernGov's decision page: "Report author: Graham Ellery" is a heading, and the dates of the decision stand in
    # fields under it, after the body: front matter, which dates the meeting and names who wrote the report
    report = read_report(STYLES / "kilverstone_decision_details_leisure.html")
    assert (report.committee, report.meeting_date, report.short) == ("Cabinet", "2026-02-11", "Cabinet 11 Feb 2026")
    header = report.paragraph("header").text
    assert "Report author: Graham Ellery" in header and "Call-in deadline date: 20/02/2026" in header
    assert all(not p.label.startswith("Report author") for p in report.paragraphs)
    a = styles_assistant.ask("who wrote the leisure contract report for kilverstone?")
    assert a.value == "Graham Ellery" and a.citations[0].paragraph == "header", a.answer
    # "four bids", not "three leisure centres (Kilverstone Leisure Centre, ...)", the council's name beside them
    bids = styles_assistant.ask("how many bids did kilverstone get for the leisure contract?")
    assert bids.value == "4", bids.answer
    # a field of the page's own record is no plan, though it falls after the meeting: asked in the past tense
    effect = styles_assistant.ask("from what date did the kilverstone leisure decision take effect?")
    assert effect.value == "2026-02-21" and effect.citations[0].paragraph == "header", effect.answer
    # "what does it pay ...?" asks a sum ("what will it pay for?" a use)
    assert (kind_of("what does kilverstone pay now to subsidise its leisure centres?"), kind_of(
        "what will it pay for?")) == ("amount", "text")


def test_an_organisation_answers_who_but_not_one_described_as_another(styles_assistant):
    # "award the contract to Active Communities Trust, the highest scoring bidder": an organisation by the noun its
    # name ends in answers who won; described as the highest scoring, it is not the runner-up asked for
    won = styles_assistant.ask("who won the kilverstone leisure contract?")
    assert won.value == "Active Communities Trust" and won.citations[0].paragraph == "(1)", won.answer
    assert styles_assistant.ask("who was the runner-up bidder for the kilverstone leisure contract?").abstained
    # "the Council's treasury advisers, Kestrel Treasury Services," are the advisers of the council the paper is for
    advisers = styles_assistant.ask("who are carnbrook's treasury advisers?")
    assert "Kestrel Treasury Services" in advisers.answer and advisers.citations[0].paragraph == "6.1", advisers.answer


def test_front_matter_names_who_wrote_and_who_chaired_in_its_own_words(styles_assistant):
    # "Report by: ..." is who wrote the report; "Members of the Sub-Committee: Councillor X (Chair)" who chaired the
    # meeting its front matter is of, though only the committee's name says it was the standards hearing
    author = styles_assistant.ask("who wrote the hallowmere TRO report?")
    assert author.value == "Bethan Ollerenshaw" and author.citations[0].paragraph == "header", author.answer
    chair = styles_assistant.ask("who chaired the brockhampton standards hearing?")
    assert chair.value == "Anita Brightwell" and chair.citations[0].paragraph == "header", chair.answer


def test_a_part_said_after_its_number_is_counted_as_a_part(styles_assistant):
    # "14 injury collisions ..., two of them serious": two serious ones, of the fourteen
    serious = styles_assistant.ask("how many serious collisions were there near saxby road?")
    assert serious.value == "2" and serious.citations[0].paragraph == "3.2", serious.answer


def test_when_a_thing_will_be_in_place_is_not_the_day_its_paper_is_considered(styles_assistant):
    when = styles_assistant.ask("when will the ravensworth 20mph be in?")
    assert when.value == "2026-06" and when.citations[0].paragraph == "6.1", when.answer


def test_frozen_is_no_rise_and_withdrawn_is_not_going_ahead(styles_assistant):
    garages = styles_assistant.ask("are garage rents going up?")
    assert garages.value == "no" and garages.citations[0].paragraph == "2.1(c)", garages.answer
    ban = styles_assistant.ask("are they going ahead with the chapel street loading ban?")
    assert ban.value == "no" and ban.citations[0].paragraph in ("O3", "2.1(c)"), ban.answer


def test_what_a_figure_is_expected_to_be_asks_the_figure(styles_assistant):
    balance = styles_assistant.ask("what's the HRA working balance expected to be?")
    assert balance.value == "£4,100,000" and balance.citations[0].paragraph == "4.3", balance.answer
    # "what will the service charge be?" is a sum said to be a charge, not the average rent beside it
    charge = styles_assistant.ask("what will the average weekly service charge be in 2026/27?")
    assert charge.abstained and charge.value is None, charge.answer


def test_in_charge_of_asks_who_is_responsible_not_of_charging(styles_assistant):
    a = styles_assistant.ask("whos in charge of the depot h&s risk?")
    assert a.value == "Head of Environmental Services" and a.citations[0].paragraph == "SR07", a.answer


def test_a_word_report_read_by_its_heading_styles(styles_assistant):
    # Word's own "Heading 1"/"Heading 2" styles, unnumbered, over paragraphs numbered by hand: sections by them, and
    # "Background papers" after the last numbered paragraph a section of its own, not more of 5.1
    report = read_report(STYLES / "wexcombe_members_allowances_irp.docx")
    assert report.paragraph("3.3").subsection == "The Panel's review"
    assert "Background papers" not in report.paragraph("5.1").text
    assert report.paragraph("Background papers").text.startswith("Independent Remuneration Panel: Report")
    # an office's allowance is a sum, not a person ("the planning chair's allowance"); how one compares is told
    assert kind_of("what's the planning chair's allowance going up to at wexcombe?") == "amount"
    assert kind_of("how does wexcombe's basic allowance compare with other districts?") == "text"
    assert kind_of("how did the rating for confidence culture and capacity compare between the two papers?") == "rating"
    a = styles_assistant.ask("how does wexcombe's basic allowance compare with other districts?")
    assert "fourth lowest" in a.answer and a.citations[0].paragraph == "3.4", a.answer


def test_a_scottish_minute_its_sederunt_agreed_items_and_division(styles_assistant):
    # "Apologies:" over "Councillor Neil Burns." is one field; "The Committee agreed:-" opens items 5(1), 5(2) ...
    report = read_report(STYLES / "lochardie_education_committee_minute.txt")
    assert "Apologies: Councillor Neil Burns." in report.paragraph("header").text
    assert report.paragraph("5(2)").text.startswith("that CCTV be fitted")
    ask = styles_assistant.ask
    assert ask("who sent apologies to the lochardie education committee?").value == "Neil Burns"
    # "X, seconded by Y, moved ...": X moved it, Y seconded it
    assert "Ferguson" in ask("who moved the amendment on childcare rates at lochardie?").value
    assert "Taggart" in ask("who seconded the amendment on childcare rates at lochardie?").value
    vote = ask("how did the vote on the childcare rates go?")  # a division counted is no outcome still to come
    assert "voted for the motion 7 and for the amendment 3" in vote.answer, vote.answer
    # "78% ..., up from 74% in 2023/24": 78% is the figure now
    assert ask("what percentage of lochardie pupils hit the expected level in literacy?").value == "78"
    # a rate by the hour is a sum ("£6.85 an hour"), not a number
    assert ask("what hourly rate will lochardie pay funded providers for 3 and 4 year olds?").value == "£6.85"
    # "the next lochardie education committee": the committee, past the council's name
    assert ask("when's the next lochardie education committee?").value == "2026-03-19"


def test_a_time_asked_of_many_papers_is_said_in_a_few_words_not_a_wall_of_their_names(styles_assistant):
    history = [{"role": "user", "content": "how many incidents were there on lochardie school buses last year?"},
               {"role": "assistant", "content": "42. \"The report advised that 42 incidents had been recorded in the "
                "2024/25 school year, compared with 27 in 2023/24, most of them on services to Ardmore Academy.\" "
                "[ECSSC 22 Jan 2026, 5]"}]
    a = styles_assistant.ask("which school was worst?", history)
    lead = a.answer.split("Elsewhere:")[0]
    assert lead.count(" paper") <= 4 and " do not give " in lead, a.answer


def test_things_said_to_have_been_made_but_not_what_they_were_are_not_listed(styles_assistant):
    # "Members asked questions about the decision, which ... answered": the reports don't say what the questions were
    # (the sentence cited); the minute's heading naming the decision asked of is no list of everything under it
    asked = styles_assistant.ask("what questions did members ask about the quay street parking decision?")
    assert asked.abstained and [c.paragraph for c in asked.citations] == ["CI/16"], asked.answer
    assert "what the questions were" in asked.answer, asked.answer
    # what they were, where a sentence says it: the two recommendations it counts, each; the concerns raised
    recs = styles_assistant.ask("what recommendations did the call-in sub-committee make on the day centre?")
    assert len(recs.value) == 2 and "deferred" in recs.value[0] and recs.citations[0].paragraph == "CI/17", recs.answer
    concerns = styles_assistant.ask("what concerns did members raise about the parking charges?")
    assert not concerns.abstained and "blue badge" in concerns.answer, concerns.answer


def test_a_list_asked_of_a_count_is_the_sentence_naming_as_many(styles_assistant):
    # "Of its 18 priority actions, ... 2 were off track (Red). The two Red actions were ...": those two
    off = styles_assistant.ask("which strategy actions are off track?")
    assert len(off.value) == 2 and "smoking in pregnancy" in off.value[0], off.answer


def test_a_motion_lost_did_not_do_what_it_moved_and_a_number_may_be_the_subject(styles_assistant):
    referred = styles_assistant.ask("was the quay street decision referred back to cabinet?")
    assert referred.value == "no" and referred.citations[0].paragraph == "CI/16", referred.answer
    owners = styles_assistant.ask("how many empty home owners responded?")  # "...; eleven responded"
    assert owners.value == "11" and owners.citations[0].paragraph == "4.3", owners.answer


def test_a_council_named_in_a_dictionary_word_keeps_the_answer_to_its_papers(styles_assistant):
    # Saltmarsh's fees paper gives no hourly parking charge; Fordhaven's £1.80 an hour is not Saltmarsh's
    parking = styles_assistant.ask("how much is an hour's parking in saltmarsh?")
    assert parking.abstained and "£1.80" not in parking.answer, parking.answer


def test_proceedings_proposals_amendments_and_their_fate(styles_assistant):
    # "In the Chair: The Mayor (Alderman Patricia Quinlan)": an alderman by name
    chair = styles_assistant.ask("who was in the chair at the carrickmore council meeting?")
    assert chair.value == "Patricia Quinlan" and chair.citations[0].paragraph == "header", chair.answer
    # "Amendment proposed by ..., that the extension be deferred": what was put, not decided; "... and fell, 6 Members
    # voting for and 9 against": its fate and its count
    fate = styles_assistant.ask("what happened to councillor donnelly's amendment?")
    assert fate.value == "fell" and fate.citations[0].paragraph == "C17/26", fate.answer
    count = styles_assistant.ask("how many voted for the amendment on bigger bins?")
    assert count.value == "6" and count.citations[0].paragraph == "C17/26", count.answer


def test_a_rate_asked_as_a_noun_is_a_figure_and_a_count_of_its_own_beats_a_move_of_another(styles_assistant):
    assert kind_of("what did the recycling rate go up to in the trial?") == "number"
    assert kind_of("how did the auditor rate the controls?") == "rating"
    # "a trial ... in 2,400 households ..., which had raised the recycling rate ... from 48% to 61%"
    trial = styles_assistant.ask("how many households were in the ballyronan bin trial?")
    assert trial.value == "2400" and trial.citations[0].paragraph == "C17/26", trial.answer


def test_an_item_named_by_its_reference_elsewhere_in_the_minutes_and_a_limit_is_no_figure_of_it(styles_assistant):
    # "Alderman Todd declared an interest in application LA05/2025/0812/F ... and did not take part": the takeaway,
    # as that item's heading names it
    todd = styles_assistant.ask("who didn't take part in the takeaway application?")
    assert todd.value == "Todd" and todd.citations[0].paragraph == "P02/26", todd.answer
    # "no more than 20% of units may be in non-retail use; 27% already are"
    share = styles_assistant.ask("what share of units in dromara's primary retail core are already non-retail?")
    assert share.answer.startswith("27%") and share.citations[0].paragraph == "P04/26", share.answer


def test_whether_a_thing_was_done_is_read_from_what_became_of_the_motion_that_proposed_it(styles_assistant):
    # "It was proposed by X ... that the application be refused ... and the proposal fell. It was then proposed by Y
    # ... and agreed by 6 votes to 4, that the application be approved": approved, refused no
    approved = styles_assistant.ask("was the glebe road housing application approved?")
    assert approved.value == "yes" and "be approved" in approved.citations[0].quote, approved.answer
    refused = styles_assistant.ask("was the glebe road application refused?")
    assert refused.value == "no" and refused.citations[0].paragraph == "P03/26", refused.answer
    # "Proposed by X, seconded by Y, that the collection be extended ...", "The substantive proposal ... was CARRIED"
    extended = styles_assistant.ask("was the three-weekly bin collection extended to the whole district?")
    assert extended.value == "yes" and extended.citations[0].paragraph == "C17/26", extended.answer
