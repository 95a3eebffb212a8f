"""A news site and its feeds on 127.0.0.1, for the fetching tests: pages as news sites serve
them (navigation, ads, related links, comments; UTF-8, GBK and Big5), RSS 2.0 and Atom feeds
with ETag support, and faults on command. Every text is our own."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from hetao_brief.text.normalize import to_traditional

NAV = (
    '<nav><a href="/">首页</a> | <a href="/tech">科技</a> | <a href="/city">城市</a> | <a href="/login">登录</a></nav>'
)
ADS = '<aside class="ad">广告：湾区豪宅火热认购中，首付三成起，热线 400-000-0000</aside>'
RELATED = (
    '<div class="related"><h3>相关阅读</h3><ul><li><a href="/x1">前海跨境金融新政出台</a></li>'
    '<li><a href="/x2">南沙科学城再添新装置</a></li></ul></div>'
)
COMMENTS = (
    '<section class="comments"><h3>网友评论</h3><p>网友甲：期待早日建成！</p>'
    "<p>网友乙：交通能不能再方便点</p></section>"
)

OPENING = (
    "港深创新及科技园首批三座大楼昨日正式启用，香港特区行政长官李家超主持启用仪式。",
    "据介绍，首批三座大楼总楼面面积约13万平方米，已有逾30家机构签约进驻，涵盖生物医药、人工智能和微电子等领域。",
    "其余5座大楼将于2027年起陆续完工。园区管理方表示，下月将举办首届创科论坛，邀请深港两地的研究团队参加。",
)
LAB = (
    "河套深港科技创新合作区量子计算联合实验室项目于6月16日在福田保税区动工，计划明年底封顶。",
    "项目总建筑面积约4.2万平方米，总投资约18.5亿元，建成后将引进约200名科研人员。",
    "合作区相关负责人介绍，实验室将面向深港两地高校开放，共享大型科研仪器。",
)
YOUTH = (
    "河套深港科技創新合作區深圳園區今日公佈新一輪港澳青年支援計劃，為每個入選團隊提供2萬至5萬元創業資助。",
    "該計劃共包括12項措施，申請期由本月15日開始，園區將在港深兩地舉辦多場說明會。",
    "上月，園區新落成的國際人才公寓平頂，預計今年下半年投入使用，可提供約800套住房。",
)
TALENT = (
    "河套深港科技创新合作区深圳园区人才服务中心正式揭牌，为港澳科研人员提供签证、住房和子女入学一站式服务。",
    "服务中心设在园区综合楼一层，首批派驻工作人员20名，每周七天开放。",
)
OFF_TOPIC = ("前海今日举办跨境电商大会，来自各地的三百多家企业参加，现场签约金额超过二十亿元，成交活跃。",)


def page(title: str, paragraphs: tuple[str, ...], date_meta: str | None, charset: str = "utf-8") -> str:
    meta_date = f'<meta property="article:published_time" content="{date_meta}">' if date_meta else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>{title} - 湾区科技日报</title>'
        f'<meta property="og:site_name" content="湾区科技日报">{meta_date}</head><body>{NAV}{ADS}'
        f"<article><h1>{title}</h1>{body}</article>{RELATED}{COMMENTS}"
        "<footer>版权所有 湾区科技日报 联系我们</footer></body></html>"
    )


def rss(items: list[tuple[str, str, str]]) -> str:
    """(title, link, RFC 822 date) items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{d}</pubDate>"
        f"<description>{t}</description></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>湾区科技日报</title>'
        f"<link>http://example.org/</link><description>科技新闻</description>{entries}</channel></rss>"
    )


def atom(items: list[tuple[str, str, str]]) -> str:
    """(title, link, ISO date) items."""
    entries = "".join(
        f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id><updated>{d}</updated>'
        f"<summary>{t}</summary></entry>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>港深創科週報</title><id>urn:weekly</id><updated>2026-03-10T08:00:00Z</updated>{entries}</feed>"
    )


@dataclass
class Resource:
    body: bytes
    content_type: str
    etag: str | None = None


@dataclass
class NewsSite:
    base: str = ""
    resources: dict[str, Resource] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    """(path, headers) of every request, in order."""

    def put(self, path: str, text: str | bytes, content_type: str, encoding: str = "utf-8", etag: bool = False) -> str:
        body = text if isinstance(text, bytes) else text.encode(encoding, errors="xmlcharrefreplace")
        tag = f'"{abs(hash(body))}"' if etag else None
        self.resources[path] = Resource(body, content_type, tag)
        return self.base + path

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]


def _handler(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            if self.path.startswith("/redirect/"):
                hops = int(self.path.rsplit("/", 1)[1])
                target = f"/redirect/{hops - 1}" if hops > 1 else "/news/opening.html"
                self.send_response(302)
                self.send_header("Location", target)
                self.end_headers()
                return
            if self.path == "/to-private":
                self.send_response(302)
                self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
                self.end_headers()
                return
            if self.path == "/slow":
                time.sleep(3)
            if self.path.startswith("/status/"):
                self.send_response(int(self.path.rsplit("/", 1)[1]))
                self.end_headers()
                return
            resource = site.resources.get(self.path)
            if resource is None:
                self.send_response(404)
                self.end_headers()
                return
            if resource.etag and self.headers.get("If-None-Match") == resource.etag:
                self.send_response(304)
                self.send_header("ETag", resource.etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", resource.content_type)
            self.send_header("Content-Length", str(len(resource.body)))
            if resource.etag:
                self.send_header("ETag", resource.etag)
            self.end_headers()
            self.wfile.write(resource.body)

    return Handler


@contextmanager
def news_site() -> Iterator[NewsSite]:
    site = NewsSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    # serve_forever checks for shutdown every poll_interval (0.5 s by default): each test waited it out.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def standard_site(site: NewsSite) -> None:
    """The pages and feeds most tests read."""
    site.put(
        "/news/opening.html",
        page("港深创科园首批大楼启用", OPENING, "2025-12-23T08:00:00+08:00"),
        "text/html; charset=utf-8",
    )
    site.put("/news/lab-gbk.html", page("河套量子实验室动工", LAB, "2025-06-18", "gbk"), "text/html", "gb18030")
    site.put(
        "/news/youth-big5.html",
        to_traditional(page("河套推出新一輪青年支援措施", YOUTH, "2026-03-10", "big5")),
        "text/html; charset=big5",
        "big5hkscs",
    )
    site.put("/news/no-date.html", page("河套人才服务中心揭牌", TALENT, None), "text/html; charset=utf-8")
    site.put("/news/empty.html", page("登录", (), "2025-01-01"), "text/html; charset=utf-8")
    site.put("/news/off-topic.html", page("前海跨境电商大会", OFF_TOPIC, "2026-03-10"), "text/html; charset=utf-8")
    site.put("/files/report.pdf", b"%PDF-1.7 not a page", "application/pdf")
    site.put("/feeds/not-xml", "这不是一个订阅源", "application/xml")
