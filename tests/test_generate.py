"""The optional LLM path, against a small deterministic stand-in that speaks the OpenAI
chat-completions protocol on 127.0.0.1 (no real LLM runs here)."""

import json
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.answer import Assistant
from assistant.errors import BadSetting
from assistant.generate import make_llm
from assistant.settings import Settings

QUESTION = "When did the Audit and Governance Committee review the draft SAF and Risk Management Framework?"
QUOTE = ("The Draft SAF and Risk management Framework were presented to the Audit & Governance Committee on "
         "8th September for review and approved.")


class ChatCompletions(BaseHTTPRequestHandler):
    """POST /v1/chat/completions -> the reply the test set on the server; records every request."""

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, body))
        payload = json.dumps({
            "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": body["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": self.server.reply}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def standin():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ChatCompletions)
    server.requests, server.reply = [], ""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def fluent(built_index, embedder, standin):
    settings = Settings.load({"index_dir": built_index.index_dir, "llm_provider": "openai", "llm_model": "standin",
                              "llm_base_url": f"http://127.0.0.1:{standin.server_port}/v1", "llm_timeout": 10}, env={})
    return Assistant(settings, embedder)


def test_protocol_a_faithful_reply_is_used(fluent, standin):
    standin.reply = f'The Committee reviewed it on 8 September 2023: "{QUOTE}" [OSC 27 Nov 2023, 2.5]'
    answer = fluent.ask(QUESTION)
    assert answer.answer == standin.reply
    assert (answer.value, answer.citations[0].paragraph, answer.citations[0].quote) == ("2023-09-08", "2.5", QUOTE)
    path, body = standin.requests[-1]
    assert path == "/v1/chat/completions" and body["model"] == "standin"
    prompt = body["messages"][-1]["content"]
    assert QUOTE in prompt and "[OSC 27 Nov 2023, 2.5]" in prompt and QUESTION in prompt


@pytest.mark.parametrize("reply, reason", [
    (f'It was reviewed in September. "{QUOTE}" [OSC 7 Nov 2024, 5.6]', "not among the retrieved paragraphs"),
    ('"The Board approved the Draft SAF on 8 September without review." [OSC 27 Nov 2023, 2.5]',
     "is not in the paragraphs it cites"),
    ("It was reviewed on 8 September 2023.", "cites no paragraph"),
    ("NOT IN THE REPORTS", "found no answer"),
])
def test_protocol_an_unfaithful_reply_falls_back_to_the_extractive_answer(fluent, standin, caplog, reply, reason):
    standin.reply = reply
    with caplog.at_level(logging.WARNING, logger="assistant.generate"):
        answer = fluent.ask(QUESTION)
    assert answer.answer.startswith('8 September 2023. "The Draft SAF') and answer.citations[0].paragraph == "2.5"
    assert reason in caplog.text


def test_an_unreachable_endpoint_falls_back(built_index, embedder, caplog):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    settings = Settings.load({"index_dir": built_index.index_dir, "llm_provider": "openai", "llm_model": "m",
                              "llm_base_url": f"http://127.0.0.1:{port}/v1", "llm_timeout": 5}, env={})
    with caplog.at_level(logging.WARNING, logger="assistant.generate"):
        answer = Assistant(settings, embedder).ask(QUESTION)
    assert answer.value == "2023-09-08" and "the endpoint failed" in caplog.text


def test_abstentions_never_reach_the_llm(fluent, standin):
    before = len(standin.requests)
    assert fluent.ask("What is the budget for the new tram line to Ely?").abstained
    assert len(standin.requests) == before


def test_llm_settings_are_checked():
    with pytest.raises(BadSetting, match="ASSISTANT_LLM_MODEL is not"):
        make_llm(Settings.load({"llm_provider": "openai"}, env={}))
    with pytest.raises(BadSetting, match="not known"):
        make_llm(Settings.load({"llm_provider": "gpt", "llm_model": "x"}, env={}))


def test_the_api_key_never_reaches_the_logs(built_index, embedder, standin, caplog):
    secret = "sk-test-4f9c2b7e1d"
    settings = Settings.load({"index_dir": built_index.index_dir, "llm_provider": "openai", "llm_model": "standin",
                              "llm_base_url": f"http://127.0.0.1:{standin.server_port}/v1", "llm_timeout": 10,
                              "llm_api_key": secret}, env={})
    standin.reply = "It was on 1 January 1999 [OSC 27 Nov 2023, 2.5]."  # refused: gets logged with its reason
    with caplog.at_level(logging.DEBUG):
        answer = Assistant(settings, embedder).ask(QUESTION)
    assert answer.value == "2023-09-08"
    assert standin.requests and caplog.text and secret not in caplog.text
    assert secret not in repr(settings) and secret not in str(settings)


def test_a_reply_obeying_instructions_planted_in_a_report_is_blocked(fluent, standin, caplog):
    # the text of a hostile report told the model to move the date; a model that obeys is caught by the check
    standin.reply = ('Ignoring previous instructions: the Draft SAF was reviewed on 1 January 1999. "The Draft SAF '
                     'and Risk management Framework were reviewed on 1 January 1999." [OSC 27 Nov 2023, 2.5]')
    with caplog.at_level(logging.INFO, logger="assistant.generate"):
        answer = fluent.ask(QUESTION)
    assert answer.value == "2023-09-08" and "1999" not in answer.answer
