"""Fixtures made from the shipped reports, in the formats councils publish.

PDF (reportlab): wrapped lines, a running header in two columns and a "Page N of M" footer,
paragraphs running across page breaks. DOCX (python-docx): front matter in a table, and for a
report whose numbering is regular, Word's automatic numbering instead of typed labels. HTML:
a ModernGov-like agenda page (navigation, tables of numbered paragraphs). Also a corrupt PDF,
an encrypted PDF, a PDF with no text layer and a Windows-1252 text file.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from assistant.reports import clean_html

LABEL = re.compile(r"^(\d+\.\d+|[A-Z]|x)$")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian's fonts-dejavu-core: has ○ and •


def pdf_font() -> tuple[str, bool]:
    """A TrueType font for the PDF, and whether it can show ○ (reportlab's own Vera cannot)."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = DEJAVU if DEJAVU.exists() else Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("Body", str(path)))
    return "Body", path == DEJAVU


def source_rows(txt: Path) -> list[list[str]]:
    """The report's lines as rows of cells, markdown markers and separator rows dropped."""
    rows = []
    for raw in txt.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^#+\s*|\*\*", "", raw).rstrip()
        if not line.strip() or re.fullmatch(r"[-\s|]*--[-\s|]*", line):
            continue
        rows.append(line.split("\t"))
    return rows


def visual_lines(txt: Path) -> list[tuple[str, list[str]]]:
    """(label or "", clean lines) per source row, as a reader would see them printed."""
    out = []
    for cells in source_rows(txt):
        first, rest = cells[0].strip(), [c for c in cells[1:] if c.strip()]
        if LABEL.match(first) and (rest or re.match(r"\d", first)):
            out.append((first, clean_html(" ".join(rest)).split("\n") if rest else []))
        else:
            out.append(("", clean_html(" ".join(c.strip() for c in cells if c.strip())).split("\n")))
    return out


def write_pdf(txt: Path, out: Path, width: int = 95, lines_per_page: int = 48) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font, has_circle = pdf_font()
    printed = []
    for label, lines in visual_lines(txt):
        lines = lines if has_circle else [line.replace("○", "•") for line in lines]
        if not lines:
            printed.append(label)
        for i, line in enumerate(lines):
            text = f"{label} {line}" if label and i == 0 else line
            printed += textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    pages = [printed[i:i + lines_per_page] for i in range(0, len(printed), lines_per_page)]
    pdf = canvas.Canvas(str(out), pagesize=A4)
    for number, page in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(40, 810, "Cambridgeshire and Peterborough Combined Authority")
        pdf.drawRightString(555, 810, "Overview and Scrutiny Committee")
        pdf.drawCentredString(297, 25, f"Page {number} of {len(pages)}")
        pdf.setFont(font, 9)
        for row, text in enumerate(page):
            pdf.drawString(40, 780 - row * 15.5, text)
        pdf.showPage()
    pdf.save()
    return out


def write_docx(txt: Path, out: Path, automatic_numbering: bool) -> Path:
    """Front matter as a table; body paragraphs numbered by Word itself when asked."""
    import docx

    document = docx.Document()
    num_id = _add_numbering(document) if automatic_numbering else None
    rows = visual_lines(txt)
    body_start = next(i for i, (label, lines) in enumerate(rows)
                      if re.match(r"\d+\.\d+$", label) or (not label and re.match(r"1\.\s", lines[0])))
    table = document.add_table(rows=0, cols=2)
    for cells in source_rows(txt)[:body_start]:  # the front sheet keeps its cells, as councils lay it out
        row = table.add_row().cells
        for cell, text in zip(row, [c for c in cells if c.strip()][:2]):
            cell.text = clean_html(text).replace("\n", " ")
    grid = None
    for cells, (label, lines) in zip(source_rows(txt)[body_start:], rows[body_start:]):
        cells = [c.strip() for c in cells if c.strip()]
        if len(cells) >= 3:  # a table in the body stays a Word table
            grid = grid or document.add_table(rows=0, cols=len(cells))
            for cell, text in zip(grid.add_row().cells, cells):
                cell.text = text
            continue
        grid = None
        section = re.match(r"(\d+)\.\s+(.*)", lines[0]) if not label and lines else None
        if num_id and section:
            _numbered(document.add_paragraph(section[2]), num_id, 0)
            continue
        for i, line in enumerate(lines or [""]):
            if i == 0 and label and num_id:
                _numbered(document.add_paragraph(line), num_id, 1)
            elif i == 0 and label:
                document.add_paragraph(f"{label}\t{line}".rstrip())
            else:
                document.add_paragraph(line)
    document.save(str(out))
    return out


def _add_numbering(document) -> str:
    """A two-level numbering definition: `1.` for sections, `1.1` for paragraphs."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(paragraph, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def write_html(txt: Path, out: Path) -> Path:
    """A ModernGov-like agenda page: navigation and scripts around tables whose rows keep the
    report's cells (and their HTML) as published."""
    parts = ["<!doctype html><html><head><title>Agenda item</title><script>var x = 1;</script></head><body>",
             "<nav><a href='/'>Home</a> | <a href='/meetings'>Meetings</a></nav>",
             "<header>Cambridgeshire and Peterborough Combined Authority</header><div id='modgov'>"]
    table_open = False
    for cells in source_rows(txt):
        if len(cells) == 1 and not cells[0].startswith("<"):
            if table_open:
                parts.append("</table>")
                table_open = False
            heading = re.match(r"\d+\. |[A-Z][\w ()]+:$", cells[0])  # section headings; other lines are text
            parts.append(f"<h3>{cells[0]}</h3>" if heading else f"<p>{cells[0]}</p>")
            continue
        if not table_open:
            parts.append("<table class='mgText'>")
            table_open = True
        parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    if table_open:
        parts.append("</table>")
    parts.append("</div><footer>Page generated by the committee management system</footer></body></html>")
    out.write_text("\n".join(parts), encoding="utf-8")
    return out


def write_broken(folder: Path) -> dict[str, Path]:
    """A corrupt PDF, an encrypted PDF, a PDF with no text, an empty file and a Windows-1252 text."""
    from reportlab.pdfgen import canvas

    corrupt = folder / "2024-01-01-corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is not a pdf body\n%%EOF")
    encrypted = folder / "2024-01-02-encrypted.pdf"
    pdf = canvas.Canvas(str(encrypted), encrypt="secret")
    pdf.drawString(40, 800, "1.1 A secret paragraph.")
    pdf.save()
    scanned = folder / "2024-01-03-scanned.pdf"
    pdf = canvas.Canvas(str(scanned))
    pdf.rect(40, 400, 400, 300, fill=1)  # an image of a page would be here: no text layer
    pdf.save()
    empty = folder / "2024-01-04-empty.docx"
    empty.write_bytes(b"")
    cp1252 = folder / "2024-01-05-finance.txt"
    cp1252.write_bytes("1. Finance\n\n1.1\tThe Board approved \u201cadditional funding\u201d of £40K.\n".encode("cp1252"))
    return {"corrupt": corrupt, "encrypted": encrypted, "scanned": scanned, "empty": empty, "cp1252": cp1252}
