"""A reports folder with odd files in it: each bad one gets a one-line reason, the rest ingest, the
index keeps everything it had, and the exit code says some files failed."""

import io
import shutil
import zipfile

from assistant.answer import Assistant
from assistant.cli import main
from assistant.settings import Settings

import fixtures
from conftest import CORPUS, REPORT_2023, REPORT_2024

QUESTION = "When did the Audit and Governance Committee review the draft SAF and Risk Management Framework?"


def _odd_folder(folder):
    """Every kind of bad file the issue names, beside two good new reports; -> {name: expected reason}."""
    folder.mkdir()
    good_pdf = fixtures.write_pdf(CORPUS / f"{REPORT_2024}.txt", folder / "2025-02-01-good-report.pdf")
    shutil.copy(CORPUS / f"{REPORT_2023}.txt", folder / "2025-03-01-unchanged-copy.txt")
    (folder / "2025-04-01-plain-notes.txt").write_text(
        "Notes of the informal meeting.\nNo paragraph numbers at all.\n\nA second block of notes.\n", encoding="utf-8")
    broken = fixtures.write_broken(folder)
    truncated = folder / "2025-05-01-truncated.pdf"
    truncated.write_bytes(good_pdf.read_bytes()[: good_pdf.stat().st_size // 3])
    word = fixtures.write_docx(CORPUS / f"{REPORT_2023}.txt", folder / "2025-06-01-truncated.docx", False)
    word.write_bytes(word.read_bytes()[:2000])
    fake = io.BytesIO()
    with zipfile.ZipFile(fake, "w") as z:
        z.writestr("holiday.jpg", b"\xff\xd8\xff not a Word part")
    (folder / "2025-07-01-not-word.docx").write_bytes(fake.getvalue())
    (folder / "2025-08-01-binary.txt").write_bytes(b"\x00\x01\x02" * 1000)
    with open(folder / "2025-09-01-huge.txt", "w", encoding="utf-8") as f:
        line = "1.1\tThe Board noted the report on the budget and agreed the plan for the year ahead.\n"
        f.write(line * (50 * 2**20 // len(line) + 1))
    (folder / "2025-10-01-same-id.txt").write_text("1. Intro\n\n1.1\tOne version.\n", encoding="utf-8")
    (folder / "2025-10-01-same-id.md").write_text("1. Intro\n\n1.1\tAnother version.\n", encoding="utf-8")
    return {
        broken["corrupt"].name: "not a readable PDF",
        broken["encrypted"].name: "the PDF is encrypted",
        broken["scanned"].name: "no text layer: needs OCR",
        broken["empty"].name: "the file is empty",
        "2025-03-01-unchanged-copy.txt": f"the same content as the report {REPORT_2023}",
        "2025-05-01-truncated.pdf": "not a readable PDF",
        "2025-06-01-truncated.docx": "not a readable Word document",
        "2025-07-01-not-word.docx": "not a readable Word document",
        "2025-08-01-binary.txt": "binary content, not text",
        "2025-09-01-huge.txt": "the file is 50 MB, over the 25 MB limit (ASSISTANT_MAX_FILE_MB)",
        "2025-10-01-same-id.txt": "gives the same report id (2025-10-01-same-id) as",
    }


def test_bad_files_get_a_reason_and_the_rest_ingests(built_index, tmp_path, capsys, embedder):
    index = tmp_path / "index"
    shutil.copytree(built_index.index_dir, index)
    settings = Settings.load({"index_dir": index}, env={})
    before = Assistant(settings, embedder).ask(QUESTION)
    folder = tmp_path / "odd"
    reasons = _odd_folder(folder)
    unknown = tmp_path / "minutes.odt"
    unknown.write_text("an OpenDocument file")

    assert main(["ingest", str(folder), str(unknown), "--index", str(index)]) == 1
    lines = capsys.readouterr().out.splitlines()
    failed = {line.split()[1].rsplit("/", 1)[-1]: line for line in lines if line.startswith("failed")}
    assert set(failed) == set(reasons) | {"minutes.odt"}, lines
    for name, reason in reasons.items():
        assert reason in failed[name], failed[name]
    assert "unsupported file type .odt" in failed["minutes.odt"]
    new = [line.split()[1].rsplit("/", 1)[-1] for line in lines if line.startswith("new")]
    assert sorted(new) == ["2024-01-05-finance.txt", "2025-02-01-good-report.pdf", "2025-04-01-plain-notes.txt",
                           "2025-10-01-same-id.md"]
    assert any("2025-04-01-plain-notes.txt" in line and "no numbered paragraphs" in line for line in lines)

    # the index kept what it had and gained the good files
    after = Assistant(settings, embedder)
    assert after.ask(QUESTION).to_json() | {"latency_ms": 0} == before.to_json() | {"latency_ms": 0}
    assert {REPORT_2023, REPORT_2024, "2025-02-01-good-report", "2025-10-01-same-id"} <= set(after.store.reports)
    assert after.store.reports["2025-10-01-same-id"].paragraph("1.1").text == "Another version."
