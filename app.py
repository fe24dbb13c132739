"""The Gradio entry: `python app.py` serves the chat on http://127.0.0.1:7860 (settings from ASSISTANT_*)."""

import sys

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.web import serve

if __name__ == "__main__":
    try:
        serve(Settings.load())
    except AssistantError as e:
        sys.exit(f"error: {e}")
