"""The formats councils publish, made from the shipped reports: every reader gives the same
paragraphs as the text version, and the assistant the same answers."""

import json
import re
import shutil

import pytest

from assistant.cli import main
from assistant.errors import UnreadableReport
from assistant.reports import read_report

import fixtures
from conftest import CORPUS, REPORT_2023, REPORT_2024, ROOT

TEXTS = {REPORT_2023: CORPUS / f"{REPORT_2023}.txt", REPORT_2024: CORPUS / f"{REPORT_2024}.txt"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="session")
def converted(tmp_path_factory):
    """Each shipped report as PDF, DOCX (the 2024 one with Word's automatic numbering) and HTML."""
    folder = tmp_path_factory.mktemp("converted")
    made = {}
    for rid, txt in TEXTS.items():
        made[(rid, "pdf")] = fixtures.write_pdf(txt, folder / f"{rid}.pdf")
        made[(rid, "docx")] = fixtures.write_docx(txt, folder / f"{rid}.docx", automatic_numbering=rid == REPORT_2024)
        made[(rid, "html")] = fixtures.write_html(txt, folder / f"{rid}.html")
    return made


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
@pytest.mark.parametrize("rid", [REPORT_2023, REPORT_2024])
def test_every_format_gives_the_text_versions_paragraphs(converted, rid, fmt):
    text, other = read_report(TEXTS[rid]), read_report(converted[(rid, fmt)])
    assert [p.label for p in other.paragraphs] == [p.label for p in text.paragraphs]
    assert [norm(p.text) for p in other.paragraphs] == [norm(p.text) for p in text.paragraphs]
    assert [p.heading for p in other.paragraphs] == [p.heading for p in text.paragraphs]
    assert [p.rating for p in other.paragraphs] == [p.rating for p in text.paragraphs]
    assert (other.committee, other.meeting_date, other.title) == (text.committee, text.meeting_date, text.title)
    assert other.fields.get("Report of") == text.fields.get("Report of")
    assert other.recommendations == text.recommendations and other.topic_scores == text.topic_scores
    assert other.warnings == ()


def test_pdf_paragraphs_keep_their_pages(converted):
    report = read_report(converted[(REPORT_2023, "pdf")])
    pages = [p.page for p in report.paragraphs]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] >= 5  # in order, over several pages
    assert report.paragraph("2.7").page < report.paragraph("2.8").page  # 2.7 runs across a page break


def test_pdf_index_answers_like_the_text_index_and_cites_pages(converted, tmp_path, assistant, capsys):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for rid in TEXTS:
        shutil.copy(converted[(rid, "pdf")], folder)
    index = str(tmp_path / "index")
    assert main(["ingest", str(folder), "--index", index]) == 0
    capsys.readouterr()
    question = "When did the Audit and Governance Committee review the draft SAF?"
    assert main(["ask", question, "--json", "--index", index]) == 0
    answer = json.loads(capsys.readouterr().out)
    expected = assistant.ask(question).citations[0]
    assert (answer["value"], answer["citations"][0]["paragraph"]) == ("2023-09-08", expected.paragraph)
    page = answer["citations"][0]["page"]
    assert page >= 1 and answer["answer"].endswith(f"[OSC 27 Nov 2023, 2.5, p. {page}]")
    # the golden set passes the committed gate on the index built from the PDFs alone
    assert main(["eval", "--set", str(ROOT / "evals/questions.jsonl"), "--baseline", str(ROOT / "evals/baseline.json"),
                 "--thresholds", str(ROOT / "evals/thresholds.toml"), "--index", index,
                 "--out", str(tmp_path / "run")]) == 0, capsys.readouterr().out


def test_a_mixed_folder_ingests_the_good_files_and_names_the_bad(converted, tmp_path, capsys):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(converted[(REPORT_2023, "docx")], folder)
    shutil.copy(converted[(REPORT_2024, "html")], folder)
    broken = fixtures.write_broken(folder)
    (folder / "notes.xyz").write_text("not a report")
    assert main(["ingest", str(folder), "--index", str(tmp_path / "index")]) == 1
    out = capsys.readouterr().out
    assert f"new       {folder / (REPORT_2023 + '.docx')}" in out and f"new       {folder / (REPORT_2024 + '.html')}" in out
    assert f"failed    {broken['corrupt']}  (not a readable PDF" in out
    assert f"failed    {broken['encrypted']}  (the PDF is encrypted: save a copy without a password)" in out
    assert f"failed    {broken['scanned']}  (no text layer: needs OCR)" in out
    assert f"failed    {broken['empty']}  (the file is empty)" in out
    assert f"new       {broken['cp1252']}" in out
    assert "notes.xyz" not in out  # other files in a folder are not reports
    assert "7 file(s): 3 new, 4 failed" in out
    assert "holds 3 report(s)" in out


def test_windows_1252_text(converted, tmp_path):
    paths = fixtures.write_broken(tmp_path)
    assert read_report(paths["cp1252"]).paragraph("1.1").text == "The Board approved “additional funding” of £40K."


def test_sidecar_gives_missing_front_matter_and_names_what_is_missing(tmp_path):
    bare = tmp_path / "minutes.md"
    bare.write_text("# 1. Decisions\n\n1.1 The **Committee** approved the budget.\n", encoding="utf-8")
    report = read_report(bare)
    assert report.paragraph("1.1").text == "The Committee approved the budget."
    assert report.warnings == ("missing committee, meeting date, title: give them in minutes.meta.json",)
    (tmp_path / "minutes.meta.json").write_text(json.dumps(
        {"committee": "Audit and Governance Committee", "meeting_date": "12 March 2025", "title": "Budget",
         "report_of": "Ann Example, Treasurer"}))
    report = read_report(bare)
    assert (report.committee, report.meeting_date, report.title, report.short) == (
        "Audit and Governance Committee", "2025-03-12", "Budget", "AGC 12 Mar 2025")
    assert report.fields["Report of"] == "Ann Example, Treasurer" and report.warnings == ()
    (tmp_path / "minutes.meta.json").write_text("{broken")
    with pytest.raises(UnreadableReport, match="its sidecar minutes.meta.json is unreadable"):
        read_report(bare)


def test_html_ordered_lists_give_their_numbers(tmp_path):
    page = tmp_path / "2025-02-03-cabinet-budget.html"
    page.write_text("<html><body><nav>Menu</nav><h2>Cabinet</h2><p>3 February 2025</p>"
                    "<ol><li>Purpose<ol><li>This report sets the <b>budget</b>.</li><li>It asks for approval.</li></ol></li>"
                    "<li>Proposal<ol><li>Approve a budget of £1.2m.</li></ol></li></ol></body></html>", encoding="utf-8")
    report = read_report(page)
    assert [(p.label, p.section, p.text) for p in report.paragraphs if p.label != "header"] == [
        ("1.1", "1. Purpose", "This report sets the budget."), ("1.2", "1. Purpose", "It asks for approval."),
        ("2.1", "2. Proposal", "Approve a budget of £1.2m.")]
    assert report.meeting_date == "2025-02-03" and "Menu" not in report.paragraphs[0].text
