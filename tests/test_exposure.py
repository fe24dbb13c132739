"""What the running app exposes: nothing outside its own assets through the file routes (path
traversal tried against the live server), uploads refused, 127.0.0.1 unless authenticated."""

import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import ROOT

SECRET_FILES = ["/etc/passwd", str(ROOT / "README.md"), str(ROOT / "assistant" / "settings.py")]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.mark.parametrize("route", ["gradio_api/file=", "file=", "gradio_api/file/", "static/", "assets/",
                                   "gradio_api/static/"])
@pytest.mark.parametrize("target", SECRET_FILES + ["../../../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd",
                                                   "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"])
def test_no_file_outside_the_app_is_served(app_url, route, target):
    status, body = _get(app_url + route + (target if "%" in target else urllib.parse.quote(target)))
    assert b"root:x:0:0" not in body and b"Committee reports assistant" not in body and b"ENV_PREFIX" not in body
    assert status in (400, 403, 404, 405), (route, target, status)


@pytest.mark.parametrize("size", [10, 2 * 2**20])
def test_uploads_are_refused(app_url, size):
    boundary = "----assistant-test"
    payload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"report.txt\"\r\n"
               f"Content-Type: text/plain\r\n\r\n").encode() + b"x" * size + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(app_url + "gradio_api/upload", data=payload, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status = response.status
    except urllib.error.HTTPError as e:
        status = e.code
    assert status in (400, 403, 413), status
