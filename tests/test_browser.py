"""The page in a real headless Chromium (Debian's, driven by Playwright; no browser download)."""

import os
import time

import pytest
from playwright.sync_api import expect

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"BROWSER TEST NOT RUN: {CHROMIUM} is missing (make test installs Debian's chromium when it can)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:  # Playwright gives the browser a fresh, throw-away profile
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield browser
        browser.close()


def _open(browser, url):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    return page


@pytest.fixture(scope="module")
def page(browser, app_url):
    yield _open(browser, app_url)


@pytest.fixture(scope="module")
def styles_page(browser, tmp_path_factory, embedder):
    """The app over our own documents in other councils' house styles (`evals/styles/`)."""
    from assistant.settings import Settings
    from assistant.web import open_assistant, serve

    from conftest import ROOT, free_port

    settings = Settings.load({"index_dir": tmp_path_factory.mktemp("styles") / "index",
                              "corpus_dir": ROOT / "evals" / "styles", "port": free_port()}, env={})
    demo = serve(settings, open_assistant(settings), block=False)
    yield _open(browser, f"http://127.0.0.1:{settings.port}/")
    demo.close()


def test_example_question_rating_chip_citation_and_evidence(page, tmp_path):
    started = time.perf_counter()
    page.get_by_role("button", name="How was partnership working rated?").click()
    page.locator("#chat").get_by_text("Green/Amber", exact=False).first.wait_for(timeout=20000)
    first_text = time.perf_counter() - started
    chip = page.locator("#answer-card .chip.rating")
    chip.wait_for(timeout=20000)
    assert chip.inner_text().strip() == "Green/Amber"  # the words beside the colour
    assert chip.locator(".swatch").count() == 2
    citation = page.get_by_label("OSC 27 Nov 2023 · 2.6")
    citation.check()
    evidence = page.locator("#evidence")
    assert "paragraph 2.6" in evidence.inner_text()
    assert evidence.locator("mark").inner_text() == "Partnership working (Green/Amber)"
    page.get_by_role("button", name="Next paragraph ▶").click()
    page.wait_for_function("document.querySelector('#evidence').innerText.includes('paragraph 2.7')", timeout=10000)
    page.screenshot(path=str(tmp_path / "answer.png"), full_page=True)
    print(f"first answer text after {first_text:.2f} s")


def test_abstention_looks_different_and_html_is_not_run(page, tmp_path):
    box = page.get_by_label("Your question")
    box.fill("<img src=x onerror=\"document.title='pwned'\"> Who is the Prime Minister?")
    box.press("Enter")
    card = page.locator("#answer-card .card.abstained")
    card.wait_for(timeout=20000)
    assert "The reports don't say" in card.inner_text()
    assert page.title() != "pwned"
    assert "<img src=x" in page.locator("#chat").inner_text()  # shown as the text that was typed
    assert page.locator("#chat img[src='x']").count() == 0
    page.screenshot(path=str(tmp_path / "abstention.png"), full_page=True)


def test_citation_opens_the_report_reader(page):
    page.get_by_role("button", name="New conversation").click()
    page.get_by_role("button", name="When did the Audit and Governance Committee review the draft assurance framework?").click()
    page.locator("#answer-card .chip.value").wait_for(timeout=20000)
    assert page.locator("#answer-card .chip.value").inner_text() == "8 September 2023"
    page.get_by_role("button", name="Open in report").click()
    focus = page.locator("#reader .para.focus")
    focus.wait_for(timeout=10000)
    assert focus.locator(".label").inner_text() == "2.5"


def test_every_control_is_labelled(page):
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, textarea, select, button')]
        .filter(el => el.offsetParent !== null)
        .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.innerText.trim()
                      && !el.getAttribute('title'))
        .map(el => el.outerHTML.slice(0, 120))""")
    assert unlabelled == []


def test_commitments_decisions_and_ratings_tabs(page, tmp_path):
    page.get_by_role("tab", name="Commitments").click()
    table = page.locator("#commitments")
    table.get_by_text("The development of standard templates for procurement documentation", exact=False).wait_for(timeout=10000)
    assert "OSC 27 Nov 2023 · 2.4" in table.inner_text() and "overdue" in table.inner_text()
    page.screenshot(path=str(tmp_path / "commitments.png"), full_page=True)
    page.get_by_label("Filter (words in the commitment, owner or workstream)").fill("CMT")
    page.wait_for_function("!document.querySelector('#commitments').innerText.includes('Risk Software')", timeout=10000)
    table.get_by_text("Grant Funding Agreements", exact=False).locator("visible=true").first.click()
    focus = page.locator("#reader .para.focus")
    focus.wait_for(timeout=10000)
    assert focus.locator(".label").inner_text() == "2.4"
    page.get_by_role("tab", name="Decisions").click()
    assert "unanimously supported" in page.locator("#decisions").inner_text()
    page.screenshot(path=str(tmp_path / "decisions.png"), full_page=True)
    page.get_by_role("tab", name="Ratings").click()
    chart = page.locator("#ratings-chart")
    assert "Partnership working" in chart.inner_text() and "Green/Amber" in chart.inner_text()
    assert chart.locator(".chip.rating").count() == 9  # the five workstreams, the whole, the audit's three actions
    assert "Management action 3" in chart.inner_text() and "Medium" in chart.inner_text()
    page.screenshot(path=str(tmp_path / "ratings.png"), full_page=True)
    page.get_by_role("tab", name="Ask").click()


def test_tabs_fill_from_a_trackers_an_action_logs_a_forward_plans_and_a_rag_tables_rows(styles_page, tmp_path):
    page = styles_page
    page.get_by_role("tab", name="Commitments").click()
    table = page.locator("#commitments")
    table.get_by_text("Complete condition surveys of all community buildings").wait_for(timeout=10000)
    text = table.inner_text()
    for shown in ("2024-09-30", "Estates Manager", "23/24 EST 02", "Report on the cost of extending food waste",
                  "Head of Waste Services"):
        assert shown in text
    # a forward plan's row, found as a user would among the many the table holds: by its words
    page.get_by_label("Filter (words in the commitment, owner or workstream)").fill("temporary accommodation")
    expect(table).to_contain_text("Purchase of 40 homes for temporary accommodation", timeout=10000)
    page.get_by_label("Filter (words in the commitment, owner or workstream)").fill("")
    page.screenshot(path=str(tmp_path / "tracker.png"), full_page=True)
    page.get_by_role("tab", name="Decisions").click()
    page.get_by_label("Filter (words in the decision, its kind, verb or body)").fill("planned")
    page.locator("#decisions").get_by_text("Purchase of 40 homes", exact=False).first.wait_for(timeout=10000)
    shown = page.locator("#decisions").inner_text()  # (the rows saying the word, of any kind; not the others)
    assert "planned" in shown and "garage rents are frozen" not in shown
    page.get_by_role("tab", name="Ratings").click()
    chart = page.locator("#ratings-chart")
    row = chart.locator("tr", has_text="Anti-social behaviour cases closed within 28 days")
    assert row.locator(".chip.rating").inner_text().strip() == "Red"
    transport = chart.locator("tr", has_text="Transport").locator(".chip.rating")  # two councils' climate workstreams
    assert [t.strip() for t in transport.all_inner_texts()] == ["Amber", "Amber"]
    page.screenshot(path=str(tmp_path / "rag-table.png"), full_page=True)
