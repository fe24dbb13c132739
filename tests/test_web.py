"""The Gradio app on a free port, driven through gradio_client as scripts would use it."""

import pytest

from assistant.answer_types import Answer
from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.web import serve
from assistant import views

from conftest import REPORT_2023, REPORT_2024, free_port


@pytest.fixture(scope="module")
def client(app_url):
    from gradio_client import Client

    return Client(app_url, verbose=False)


def test_chat_endpoint_answers_with_citations(client):
    first = client.predict("When did the Audit and Governance Committee review the draft SAF?", [], api_name="/chat")
    assert first.startswith("8 September 2023.") and first.endswith("[OSC 27 Nov 2023, 2.5]")
    second = client.predict("What will happen to the Best Value Notice?", [], api_name="/chat")
    assert "not be reissued" in second and "[OSC 7 Nov 2024, 2.3]" in second


def test_the_message_alone_as_every_gradio_user_writes_it(client):
    """The conversation and the scope default to empty, as in Gradio's own chat interface."""
    alone = client.predict("When were staff appraisals introduced?", api_name="/chat")
    assert alone == client.predict("When were staff appraisals introduced?", [], api_name="/chat")
    assert "[OSC" in alone and not alone.startswith("No value provided")
    asked = client.predict("Who is the lead member?", api_name="/ask")
    assert asked["citations"] and "error" not in asked


def test_follow_up_abstention_and_errors(client):
    history = [{"role": "user", "content": "How was procurement rated?"},
               {"role": "assistant", "content": 'Green. "Procurement (Green)" [OSC 27 Nov 2023, 2.4]'}]
    assert client.predict("And partnership working?", history, api_name="/chat").startswith("Green/Amber.")
    assert client.predict("Who is the Prime Minister?", [], api_name="/chat").startswith("The reports don't say")
    assert client.predict("", [], api_name="/chat") == "the question is empty: ask something about the reports"


def test_scoped_question_and_citation_lookup(client):
    scoped = client.predict("Who is the lead member?", [], [REPORT_2024], "", "", api_name="/ask")
    assert {c["report_id"] for c in scoped["citations"]} == {REPORT_2024}
    empty = client.predict("Who is the lead member?", [], [], "2030-01-01", "", api_name="/ask")
    assert empty["error"] == "no reports on or after 2030-01-01"
    paragraph = client.predict(REPORT_2023, "2.5", api_name="/paragraph")
    assert paragraph["heading"] == "Project plans and delivery (Green)" and paragraph["previous"] == "2.4"
    assert "8th September for review and approved" in paragraph["text"]
    section = client.predict(REPORT_2023, "2", api_name="/paragraph")  # a section's number: the whole section
    assert section["text"].startswith("2.1 ") and "\n2.5 " in section["text"] and section["next"] == "3.1"
    assert client.predict(REPORT_2023, "99.9", api_name="/paragraph") == {"error": f"no paragraph 99.9 in report {REPORT_2023}"}


def test_serving_beyond_localhost_needs_authentication(built_index):
    settings = Settings.load({"index_dir": built_index.index_dir, "host": "0.0.0.0", "port": free_port()}, env={})
    with pytest.raises(AssistantError, match="refusing to listen on 0.0.0.0 without authentication: set ASSISTANT_AUTH"):
        serve(settings, block=False)
    with pytest.raises(AssistantError, match="ASSISTANT_AUTH must be user:password"):
        serve(Settings.load({"host": "0.0.0.0", "auth": "nopassword"}, env={}), block=False)


def test_views_escape_and_never_use_colour_alone(assistant):
    rating = views.rating_chip("Green/Amber")
    assert "Green/Amber" in rating and "aria-label='Rating: Green/Amber'" in rating
    answer = Answer("<script>alert(1)</script>", "<b>x</b>", "text", None, False)
    assert "<b>" not in views.plain_text(answer).replace("<b>x</b>", "") and "<script>" not in views.card_html(answer)
    report = assistant.store.reports[REPORT_2023]
    shown = views.evidence_html(report, report.paragraph("1.1~2"), "The report also supports the 'deep dive'")
    assert "<mark>The report also supports the &#x27;deep dive&#x27;</mark>" in shown
    assert "Previous paragraph: 1.1 · next paragraph: 2.1" in shown


def test_the_card_names_the_kind_of_answer_in_everyday_words():
    assert "class='kind'" not in views.card_html(Answer("q", "a passage", "text", None, False))
    assert "<span class='kind'>Who</span>" in views.card_html(Answer("q", "Jo Bloggs.", "person", "Jo Bloggs", False))
    assert "<span class='kind'>Yes or no</span>" in views.card_html(Answer("q", "No.", "yes_no", "no", False))
