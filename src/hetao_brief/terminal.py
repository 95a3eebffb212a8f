"""`hetao-brief chat`: the bot's conversation in a terminal, no token and no network.

The same `Conversation` answers; replies are printed as plain text, buttons as numbered
choices (type ``!1`` to press the first), charts are written as PNG files. The local user is
the operator, so admin commands work here.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TextIO

from hetao_brief.conversation.conversation import Conversation
from hetao_brief.conversation.events import Button, ButtonIn, PhotoOut, Reply, Sender, TextIn, TextOut, Toast
from hetao_brief.rendering.locale import LOCALES

LOCAL_USER = 0
"""The terminal's user: the operator, an admin here (no Telegram user has id 0)."""

_TAG = re.compile(r"<[^>]+>")


def plain(markup: str) -> str:
    return html.unescape(_TAG.sub("", markup))


class TerminalChat:
    def __init__(self, conversation: Conversation, out: TextIO, chart_dir: Path, language: str | None = None) -> None:
        self.conversation = conversation
        self.out = out
        self.chart_dir = chart_dir
        self.sender = Sender(LOCAL_USER, LOCAL_USER, language)
        self.buttons: list[Button] = []
        self.charts = 0

    def say(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if line.startswith("!") and line[1:].isascii() and line[1:].isdigit():
            choice = int(line[1:]) - 1
            if not 0 <= choice < len(self.buttons):
                self.out.write(f"(no button {line[1:]})\n")
                return
            self.show(self.conversation.handle(ButtonIn(self.sender, self.buttons[choice].data)))
            return
        self.show(self.conversation.handle(TextIn(self.sender, line)))
        if line.split()[0].lower() in ("/help", "/start"):
            locale = self.sender.language_code if self.sender.language_code in LOCALES else "zh-Hans"
            self.out.write(plain(self.conversation.renderer.say(locale, "terminal.help")) + "\n\n")

    def show(self, replies: list[Reply]) -> None:
        self.buttons = []
        for reply in replies:
            if isinstance(reply, TextOut):
                self.out.write(plain(reply.html) + "\n")
                for row in reply.buttons:
                    for button in row:
                        self.buttons.append(button)
                        self.out.write(f"  [!{len(self.buttons)}] {button.label}\n")
            elif isinstance(reply, PhotoOut):
                self.chart_dir.mkdir(parents=True, exist_ok=True)
                self.charts += 1
                path = self.chart_dir / f"chart-{self.charts}.png"
                path.write_bytes(reply.png)
                self.out.write(f"{plain(reply.caption)}\n(chart written to {path})\n")
            elif isinstance(reply, Toast) and reply.text:
                self.out.write(f"({reply.text})\n")
        self.out.write("\n")
        self.out.flush()
