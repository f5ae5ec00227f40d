"""No stored value may rewrite a page. Against the real binary, a hostile value is written into
every field a person can fill: the organisation's name, every form an advisor and the
administrator can reach (units renamed, waves, programmes, conversations, tokens, refused forms
that echo what was typed), and a people import with a hostile file name and external ids. Then
every page the advisor, a manager and the administrator can reach is read, and each answer is
parsed with Python's HTML parser: the leg fails if any element or attribute of the hostile value
appears as markup, or a <base> or refreshing <meta> element appears at all.
Standard library only. Usage: hostile_values.py BINARY"""
import html.parser
import os
import re
import sys
import urllib.parse
from collections import Counter, deque

sys.path.insert(0, os.path.dirname(__file__))
from server import Client, Server  # noqa: E402

PASSWORD = "hostile values passphrase 2026"
# No slash (unit names refuse it) and no control characters, so that most forms store it.
MARK = "Q\"'><pwned-tag pwned-attr=1>&amp;"
UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
SKIPPED_ACTIONS = ("/sign-out", "/language", "/members", "/remove", "/archive", "/delete", "/erase")
VISITS_PER_PATTERN = 3
MAXIMUM_PAGES = 900


class Page(html.parser.HTMLParser):
    """What a browser would see: injected markup, links, and post forms with their fields."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.injected = []
        self.links = []
        self.marked_links = []
        self.forms = []
        self.anchor = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        names = [name for name, _ in attrs]
        values = dict(attrs)
        if "pwned" in tag or any("pwned" in name for name in names):
            self.injected.append(f"<{tag} {' '.join(names)}>")
        if tag == "base" or (tag == "meta" and "http-equiv" in names):
            self.injected.append(f"<{tag}>")
        if tag == "a" and values.get("href"):
            self.anchor = values["href"]
            self.links.append(self.anchor)
        if tag == "form" and (values.get("method") or "").lower() == "post" and values.get("action"):
            self.forms.append({"action": values["action"], "fields": [], "id": values.get("id")})
        elif self.forms and tag in ("input", "textarea"):
            self.owner(values)["fields"].append((tag, values.get("type") or "text", values.get("name"), values.get("value") or ""))
        elif self.forms and tag == "select":
            self.select = ["select", "select", values.get("name"), None]
            self.owner(values)["fields"].append(self.select)
        elif tag == "option" and self.select is not None and self.select[3] in (None, ""):
            self.select[3] = values.get("value") or ""

    def owner(self, values):
        """The form a control belongs to: the one its `form` attribute names (the conversation
        page's controls sit outside their form), else the last one opened."""
        named = values.get("form")
        return next((form for form in self.forms if named and form.get("id") == named), self.forms[-1])

    def handle_endtag(self, tag):
        if tag == "a":
            self.anchor = None
        if tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.anchor and "pwned" in data:
            self.marked_links.append(self.anchor)


class Walk:
    def __init__(self, server):
        self.server = server
        self.pages = 0
        self.posts = 0
        self.failures = []

    def read(self, client, method, path, pairs=None):
        status, _, body = client.post(path, pairs or []) if method == "POST" else client.request(path)
        if self.server.process.poll() is not None:
            raise SystemExit(f"the server stopped after {method} {path}")
        if status >= 500:
            self.failures.append(f"{method} {path[:160]}: {status}")
        page = Page()
        if body.lstrip().lower().startswith("<!doctype html"):
            page.feed(body)
            self.pages += 1
            for found in page.injected:
                self.failures.append(f"{method} {path[:160]}: {found}")
        return page

    def crawl(self, client, start, post_forms):
        seen, visits, done_actions = set(), Counter(), set()
        queue = deque(start)
        while queue and len(seen) < MAXIMUM_PAGES:
            path = queue.popleft()
            if path in seen:
                continue
            seen.add(path)
            page = self.read(client, "GET", path)
            if post_forms:
                for form in page.forms:
                    self.post(client, form, done_actions)
                page = self.read(client, "GET", path)  # a fresh form token, and what the posts stored
            for link in page.marked_links + page.links:
                target = local(link)
                if target is None or target in seen:
                    continue
                pattern = UUID.sub(":id", re.sub(r"=[^&]*", "=", target))
                if link in page.marked_links or visits[pattern] < VISITS_PER_PATTERN:
                    visits[pattern] += 1
                    (queue.appendleft if link in page.marked_links else queue.append)(target)

    def post(self, client, form, done_actions):
        """Posts the form twice: every field hostile (refused forms echo it), then with the
        hostile value only where text goes, so that the object is stored."""
        action = local(form["action"])
        key = UUID.sub(":id", action or "")
        if action is None or key in done_actions or any(skip in action for skip in SKIPPED_ACTIONS):
            return
        done_actions.add(key)
        fields = [f for f in form["fields"] if f[2] and f[2] != "_csrf"]
        self.posts += 2
        self.read(client, "POST", action, [(name, MARK) for _, _, name, _ in fields])
        client.request(action.rsplit("/", 1)[0] if action.count("/") > 1 else "/")
        self.read(client, "POST", action, [(name, plausible(tag, kind, value)) for tag, kind, name, value in fields])


def plausible(tag, kind, value):
    if tag == "select" or kind in ("hidden", "checkbox", "radio", "submit"):
        return value or ""
    return {"date": "2027-03-01", "number": "1", "email": "someone@example.org", "password": PASSWORD,
            "datetime-local": "2027-03-01T09:00"}.get(kind, MARK)


def local(link):
    """A path on this server, or None for fragments, downloads and other sites."""
    if not link or link.startswith("#"):
        return None
    parsed = urllib.parse.urlsplit(link)
    if parsed.scheme or parsed.netloc or not parsed.path.startswith("/"):
        return None
    if parsed.path.endswith((".csv", ".json", ".css", ".pdf", ".zip")) or parsed.path.startswith("/s/"):
        return None
    return parsed.path + (f"?{parsed.query}" if parsed.query else "")


def signed_in(server, email):
    client = Client(server.url)
    client.request("/sign-in")
    client.post("/sign-in", [("email", email), ("password", PASSWORD)])
    return client


def main(binary):
    server = Server(binary)
    server.run("demo", "--people", "300", "--waves", "2", "--seed", "5", "--organisation", MARK).check_returncode()
    for role in ["advisor", "manager"]:
        server.run("users", "create", "--email", f"{role}@example.org", "--organisation", MARK, "--role", role,
                   stdin=PASSWORD + "\n").check_returncode()
    server.run("users", "create", "--email", "admin@example.org", "--admin", stdin=PASSWORD + "\n").check_returncode()
    server.start()
    walk = Walk(server)
    try:
        advisor = signed_in(server, "advisor@example.org")
        _, _, home = advisor.request("/")
        organisation = UUID.search(home).group(0)
        advisor.request(f"/o/{organisation}/people/import")
        csv = f"external_id;email;unit\n{MARK};;{MARK}\n".encode()
        upload = advisor.upload(f"/o/{organisation}/people/import", csv, {"full": "0"}, filename=MARK.replace('"', "") + ".csv")
        walk.read(advisor, "GET", f"/o/{organisation}/people/import")
        found = Page()
        found.feed(upload[2])
        walk.failures += [f"import preview: {f}" for f in found.injected]

        admin = signed_in(server, "admin@example.org")
        walk.crawl(admin, ["/", "/admin/organisations"], post_forms=True)
        walk.crawl(advisor, ["/", f"/o/{organisation}"], post_forms=True)
        for client in [advisor, signed_in(server, "manager@example.org"), admin]:
            walk.crawl(client, ["/", f"/o/{organisation}"], post_forms=False)
    finally:
        server.stop()
    print(f"hostile values: {walk.pages} HTML pages parsed, {walk.posts} forms posted")
    for failure in walk.failures[:50]:
        print("  FAIL  " + failure)
    if walk.pages < 200 or walk.posts < 20:
        print("  FAIL  the walk reached too little to mean anything")
        return 1
    return 1 if walk.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
