"""Parser goldens on the two shipped reports."""

import pytest

from assistant.errors import UnreadableReport
from assistant.reports import read_report

from conftest import CORPUS, REPORT_2023, REPORT_2024


@pytest.fixture(scope="module")
def r2023():
    return read_report(CORPUS / f"{REPORT_2023}.txt")


@pytest.fixture(scope="module")
def r2024():
    return read_report(CORPUS / f"{REPORT_2024}.txt")


def test_labels_in_order_2023(r2023):
    assert [p.label for p in r2023.paragraphs] == [
        "header", "A", "B", "C", "D", "1.1", "1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8",
        "2.9", "2.10", "2.11", "3.1", "4.1", "5.1", "6.1", "7.1", "8.1", "9.1", "10.1",
    ]
    assert [p.key for p in r2023.paragraphs][5:7] == ["1.1", "1.1~2"]


def test_labels_in_order_2024(r2024):
    body = [f"2.{i}" for i in range(1, 13)] + [f"3.{i}" for i in range(1, 7)] + [f"4.{i}" for i in range(1, 6)]
    assert [p.label for p in r2024.paragraphs] == (
        ["header", "A", "B", "C", "D", "E", "F", "1.1"] + body + [f"5.{i}" for i in range(1, 7)]
    )


def test_front_matter(r2023, r2024):
    assert (r2023.committee, r2023.meeting_date, r2023.fields["Agenda Item"]) == (
        "Overview and Scrutiny Committee", "2023-11-27", "6")
    assert r2023.title == "Improvement Framework with a specific focus on Confidence, Culture & Capacity"
    assert r2023.fields["Voting Arrangements"] == "A simple majority of all Members present and voting"
    assert r2024.meeting_date == "2024-11-07"
    assert r2024.fields["Report of"] == "Janice Gotts, Executive Director - Resources"
    assert r2024.fields["Lead Member"] == "Mayor, Dr Nik Johnson"
    assert r2024.fields["Key Decision"] == "No"
    assert dict(r2024.topic_scores)["Scrutiny Value Score"] == "14"
    assert dict(r2024.topic_scores)["Financial Value"] == "1"
    assert r2023.short == "OSC 27 Nov 2023" and r2024.short == "OSC 7 Nov 2024"


def test_recommendations(r2023, r2024):
    assert [letter for letter, _ in r2023.recommendations] == ["A", "B", "C", "D"]
    assert dict(r2024.recommendations)["F"] == (
        "Note the current proposed end date for the Independent Advisory and Support Group as end of May 2025 "
        "(last working day 30 May 2025)."
    )
    assert r2024.paragraph("B").text.startswith("Recognise the progress")


def test_rated_heading_and_bullets(r2023):
    p = r2023.paragraph("2.4")
    assert (p.heading, p.rating, p.section) == ("Procurement (Green)", "Green", "2. Proposal")
    lines = p.text.split("\n")
    assert lines[0] == "Procurement (Green)"
    assert lines[1] == ("• Recruitment of procurement staff to support the new structure is completed bar the "
                        "Contract Manager post, which is anticipated to be advertised in November.")
    assert len([line for line in lines if line.startswith("• ")]) == 9  # both halves of the paragraph
    assert r2023.paragraph("2.6").rating == "Green/Amber"
    assert r2023.paragraph("2.7").heading == "Confidence, culture and capacity (Green)"


def test_html_is_cleaned(r2024):
    p = r2024.paragraph("2.10")
    assert p.text == (
        "The Combined Authority Board at its meeting on 16th October agreed that the Board is to be retained; be it "
        "in a revised form, for the coming months and that its focus and remit is shifted to offer support and "
        "advice with a clear remit and commissioned activity."
    )
    nested = r2024.paragraph("2.7").text
    assert "○ Surveys (staff, peer, customers)" in nested.split("\n")
    assert "Review governance / policy / process changes:" in nested  # continuation line after a blank


def test_subsections_under_implications(r2023):
    p = r2023.paragraph("6.1")
    assert (p.section, p.subsection) == ("5. Implications", "Legal Implications")
    assert r2023.paragraph("9.1").subsection == "Other Significant Implications"


@pytest.mark.parametrize("name", [REPORT_2023, REPORT_2024])
def test_no_text_lost(name):
    path = CORPUS / f"{name}.txt"
    report = read_report(path)
    non_blank = {n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.strip()}
    owned = [n for p in report.paragraphs for n in p.lines]
    assert len(owned) == len(set(owned)), "a line belongs to two paragraphs"
    assert set(owned) == non_blank


def test_unstructured_text_is_kept_as_plain_paragraphs(tmp_path):
    path = tmp_path / "2025-01-15-notes.txt"
    path.write_text("Some notes without numbers.\nSecond line.\n\nAnother block.\n", encoding="utf-8")
    report = read_report(path)
    assert [p.label for p in report.paragraphs] == ["p1", "p2"]
    assert report.meeting_date == "2025-01-15"
    assert any("no numbered paragraphs" in w for w in report.warnings)


def test_windows_1252_is_decoded(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("1. Money\n\n1.1\tThe Board approved \x93£250K\x94.\n".encode("latin-1").replace(b"\xa3", b"\xa3"))
    assert read_report(path).paragraph("1.1").text == "The Board approved “£250K”."


@pytest.mark.parametrize("content, reason", [(b"", "empty"), (b"\x00\x01binary", "binary")])
def test_unreadable_files(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableReport, match=reason):
        read_report(path)


def test_headings_without_paragraphs_are_kept(tmp_path):
    path = tmp_path / "2024-01-01-agenda.txt"
    path.write_text("1. Apologies\n\n2. Any other business\n", encoding="utf-8")
    report = read_report(path)
    assert [(p.text, p.lines) for p in report.paragraphs] == [("1. Apologies\n2. Any other business", (1, 3))]


def test_a_plain_paper_is_read_by_its_fields_and_the_short_lines_heading_its_sections(tmp_path):
    """Neither numbered nor marked up: its front matter from its fields, its sections by the short lines standing
    alone above their prose, labelled by them."""
    paper = tmp_path / "officer_decision.txt"
    paper.write_text("MERRIDALE DISTRICT COUNCIL\n\nOFFICER DECISION\n\nDate of decision:\t12 August 2025\nTitle:\tAward "
                     "of contract for street lighting equipment\nDecision maker:\tDirector of Environment\n\nDecision\n\n"
                     "To award a four-year contract for street lighting equipment to Brightway Lighting Ltd.\n\nReasons "
                     "for the decision\n\nBrightway Lighting Ltd submitted the most economically advantageous tender.\n")
    report = read_report(paper)
    assert (report.meeting_date, report.title, report.warnings) == (
        "2025-08-12", "Award of contract for street lighting equipment", ())
    assert [p.label for p in report.paragraphs] == ["header", "Decision", "Reasons for the decision"]
    assert report.paragraph("Decision").text.startswith("To award a four-year contract")
