"""The Gradio app on a free port, driven through gradio_client as scripts would use it."""

import socket

import pytest

from assistant.settings import Settings
from assistant.web import open_assistant, serve

from conftest import CORPUS


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, embedder):
    """A server whose index does not exist yet: it must build it from the corpus on start."""
    settings = Settings.load({"index_dir": tmp_path_factory.mktemp("web") / "index", "corpus_dir": CORPUS,
                              "port": _free_port()}, env={})
    assert not (settings.index_dir / "reports.json").exists()
    demo = serve(settings, open_assistant(settings), block=False)
    yield f"http://127.0.0.1:{settings.port}/"
    demo.close()


def test_chat_endpoint_answers_with_citations(app_url):
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    first = client.predict("When did the Audit and Governance Committee review the draft SAF?", [], api_name="/chat")
    assert first.startswith("8 September 2023.") and first.endswith("[OSC 27 Nov 2023, 2.5]")
    second = client.predict("What will happen to the Best Value Notice?", [], api_name="/chat")
    assert "not be reissued" in second and "[OSC 7 Nov 2024, 2.3]" in second


def test_chat_endpoint_uses_history_and_reports_errors(app_url):
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    history = [{"role": "user", "content": "How was procurement rated?"},
               {"role": "assistant", "content": 'Green. "Procurement (Green)" [OSC 27 Nov 2023, 2.4]'}]
    assert client.predict("And partnership working?", history, api_name="/chat").startswith("Green/Amber.")
    assert client.predict("", [], api_name="/chat") == "the question is empty: ask something about the reports"


def test_evidence_opens_the_cited_paragraph_even_when_its_label_repeats(assistant):
    from assistant.web import evidence_html

    answer = assistant.ask("What meeting will consider the deep dive into the Confidence, Culture and Capacity "
                           "Improvement plan?")
    assert answer.citations[0].paragraph == "1.1" and answer.citations[0].key == "1.1~2"
    shown = evidence_html(assistant, answer)
    assert "<mark>The report also supports the &#x27;deep dive&#x27;" in shown
    assert "The report updates the Committee" not in shown  # not the first paragraph labelled 1.1
