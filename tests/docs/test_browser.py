"""The built site in a real browser: headless Chromium from Debian's packages, driven by playwright.

A reader opens VirtualMachine, follows PowerOnVM_Task to its result type (Task,
then TaskInfo) and to one of its faults, then searches for RetrievePropertiesEx
and lands on it. The site is served on loopback; any request elsewhere, page
error or console error fails the test. The last view is saved to
``build/docs-screenshot.png`` for a person to look at.

Playwright drives the system's ``/usr/bin/chromium`` (``make test`` installs it
with apt-get when missing); it never downloads a browser of its own. Without
Chromium the test skips, except under ``CI=true``, where it fails.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect, sync_playwright

SCREENSHOT = Path(__file__).resolve().parents[2] / "build" / "docs-screenshot.png"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """Debian's Chromium; fails under CI and skips elsewhere when it is missing."""
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found is None:
        reason = "chromium is not installed (apt-get install chromium; make test does it as root)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return found


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served(site: Path) -> Iterator[str]:
    """The site over HTTP on a free loopback port; its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def page(served: str, tmp_path: Path) -> Iterator[Page]:
    """A Chromium page with a fresh profile; fails the test on errors or off-site requests."""
    executable = chromium_path()
    problems: list[str] = []
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            user_data_dir=str(tmp_path / "profile"),
            executable_path=executable,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 860},
        )
        try:
            tab = context.pages[0] if context.pages else context.new_page()
            tab.set_default_timeout(10_000)
            tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            tab.on(
                "console",
                lambda message: (
                    problems.append(f"console: {message.text}") if message.type == "error" else None
                ),
            )
            tab.on(
                "request",
                lambda request: (
                    None
                    if request.url.startswith((served, "data:"))
                    else problems.append(f"request: {request.url}")
                ),
            )
            yield tab
        finally:
            context.close()
    assert problems == []


def test_a_reader_follows_power_on_to_its_task_and_a_fault_then_finds_retrieve_properties_ex(
    page: Page, served: str
) -> None:
    page.goto(served + "api/managed/VirtualMachine.html")
    expect(page.locator("h1")).to_contain_text("VirtualMachine")

    page.locator('table.summary a[href="#PowerOnVM_Task"]').click()
    expect(page).to_have_url(served + "api/managed/VirtualMachine.html#PowerOnVM_Task")
    entry = page.locator("section#PowerOnVM_Task")
    expect(entry).to_be_in_viewport()
    expect(entry.locator("pre.signature")).to_contain_text("host: HostSystem | None = None")

    entry.locator("dd.result").get_by_role("link", name="Task", exact=True).click()
    expect(page).to_have_url(served + "api/managed/Task.html")
    expect(page.locator("h1")).to_contain_text("Task")
    page.locator("tr#info").get_by_role("link", name="TaskInfo", exact=True).click()
    expect(page).to_have_url(served + "api/data/TaskInfo.html")
    expect(page.locator("tr#result")).to_contain_text("Any")

    page.go_back()
    page.go_back()
    expect(page).to_have_url(served + "api/managed/VirtualMachine.html#PowerOnVM_Task")
    entry.locator("dd.faults").get_by_role("link", name="InsufficientResourcesFault", exact=True).click()
    expect(page).to_have_url(served + "api/faults/InsufficientResourcesFault.html")
    expect(page.locator("h1")).to_contain_text("InsufficientResourcesFault")
    expect(page.locator("dd.raised-by")).to_contain_text("VirtualMachine.PowerOnVM_Task")

    page.wait_for_load_state("load")  # "/" works once search.js, the page's last script, has run
    page.keyboard.press("/")
    expect(page.locator("#search")).to_be_focused()
    page.keyboard.type("RetrievePropertiesEx")
    results = page.locator("#search-results li")
    expect(results.first).to_contain_text(re.compile(r"RetrievePropertiesEx\s*method · PropertyCollector"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(served + "api/managed/PropertyCollector.html#RetrievePropertiesEx")
    landed = page.locator("section#RetrievePropertiesEx")
    expect(landed).to_be_in_viewport()
    expect(landed.locator("pre.signature")).to_contain_text("specSet: list[PropertyFilterSpec]")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
