"""A page fuzzer against the real binary. Every GET route of the route table (read from the
binary's own `routes` command) is requested as each role and signed out, first with the demo
organisation's real ids, then with every path id and query value mutated (unknown, another
organisation's, empty-ish, huge, odd Unicode, control characters); then every form of every
page an advisor sees is posted with mutated fields. The leg fails on any 5xx, any dropped
connection, or the process exiting. Standard library only. Usage: page_fuzz.py BINARY"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from server import Client, Server  # noqa: E402

UUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
PASSWORD = "page fuzzing passphrase 2026"
# Values that have broken servers: unknown and foreign ids are added per run.
HOSTILE = ["0", "-1", "x" * 5000, "%F0%9F%92%A9", "%E2%80%AE%E2%80%8B", "%00", "%0D%0Aset-cookie:x=1", "..%2F..%2Fetc",
           "1e999", "99999999999999999999999", "%FF%FE", "%25", "<script>", "dlo-K1%00"]
FIELD_VALUES = ["", "x" * 10000, "\x00\x01\x1f", "<script>alert(1)</script>", "9" * 40, "-1", "0", "2027-02-30",
                "\U0001F642" * 200, "'; DROP TABLE units; --", "=1+1", "a\r\nb", "/\\evil.example"]


class Fuzzer:
    def __init__(self, server):
        self.server = server
        self.requests = 0
        self.failures = []

    def send(self, client, method, path, pairs=None):
        """One request; a 5xx, a dropped connection or a stopped server is a failure."""
        self.requests += 1
        try:
            status, _, _ = client.post(path, pairs or []) if method == "POST" else client.request(path)
        except Exception as error:  # noqa: BLE001 - any dropped connection is a finding
            self.failures.append(f"{method} {path[:200]}: {type(error).__name__}: {error}")
            status = None
        if status is not None and status >= 500:
            self.failures.append(f"{method} {path[:200]}: {status}")
        if self.server.process.poll() is not None:
            self.failures.append(f"the server stopped after {method} {path[:200]}")
            raise SystemExit(report(self))
        return status


def routes(server):
    table = server.run("routes").stdout
    return [(m, p) for m, p in re.findall(r"\|\s*(GET|POST)\s*\|\s*(\S+)\s*\|", table)]


def signed_in(server, email):
    client = Client(server.url)
    client.request("/sign-in")
    client.post("/sign-in", [("email", email), ("password", PASSWORD)])
    return client


def ids(advisor, other):
    """Real ids of the demo organisation, and another organisation's."""
    _, _, home = advisor.request("/")
    organisation = re.search(r'/o/(' + UUID + ')"[^>]*>Demo<', home) or re.search(r"/o/(" + UUID + ")", home)
    org = organisation.group(1)

    def first(path, pattern):
        """The first match of `pattern` on the page at `path`."""
        return re.findall(pattern, advisor.request(path)[2])[0]

    wave = first(f"/o/{org}/waves", rf"/o/{org}/waves/({UUID})")
    unit = first(f"/o/{org}/units", rf"/o/{org}/units/({UUID})")
    programme = first(f"/o/{org}/portfolio", rf"/o/{org}/portfolio/({UUID})")
    advisor.request(f"/o/{org}/conversations")
    advisor.post(f"/o/{org}/conversations", [("title", "MT"), ("planned_on", "2027-01-15")])
    conversation = first(f"/o/{org}/conversations", rf"/o/{org}/conversations/({UUID})")
    item = first(f"/o/{org}/waves/{wave}/results", r"/results/items/([^\"?]+)")
    token = first(f"/o/{org}/waves/{wave}/links.csv", r"/s/([A-Za-z0-9_-]{20,})")
    _, _, other_home = other.request("/")
    foreign = re.search(r"/o/(" + UUID + ")", other_home).group(1)
    return {":org": org, ":wave": wave, ":unit": unit, ":programme": programme, ":conversation": conversation,
            ":item": item, ":scale": "dlo-K2", ":token": token, ":section": "1", ":upload": "00000000-0000-0000-0000-000000000000",
            ":user": "00000000-0000-0000-0000-000000000000", ":answer": "00000000-0000-0000-0000-000000000000",
            ":action": "00000000-0000-0000-0000-000000000000", ":number": "1"}, foreign


def fill(pattern, values):
    return "/".join(values.get(part, part) for part in pattern.split("/"))


QUERIES = ["", "?unit={unit}", "?unit={foreign}", "?unit=garbage", "?unit=", "?band=age:30-39", "?band=gender:zz",
           "?band=%00", "?band=tenure:10%2B", "?limit=0", "?limit=99999999999999999999", "?cursor=%FF", "?hidden=1",
           "?unit={unit}&band=age:99-99", "?unfinished=maybe", "?page=-1"]


def fuzz_reads(fuzzer, clients, patterns, values, foreign):
    for pattern in patterns:
        for name, client in clients.items():
            fuzzer.send(client, "GET", fill(pattern, values))
        for query in QUERIES:
            fuzzer.send(clients["advisor"], "GET", fill(pattern, values) + query.format(unit=values[":unit"], foreign=foreign))
        for part in [p for p in pattern.split("/") if p.startswith(":")]:
            for hostile in HOSTILE + [foreign, "00000000-0000-0000-0000-000000000000"]:
                mutated = dict(values, **{part: hostile})
                fuzzer.send(clients["advisor"], "GET", fill(pattern, mutated))
                fuzzer.send(clients["anonymous"], "GET", fill(pattern, mutated))


def forms(body):
    """Post forms of a page: their action and the names of their fields."""
    found = []
    for match in re.finditer(r'<form[^>]*method="post"[^>]*action="([^"]+)"[^>]*>(.*?)</form>', body, re.S):
        action, inner = match.group(1), match.group(2)
        names = sorted(set(re.findall(r'<(?:input|select|textarea)[^>]*name="([^"]+)"', inner)) - {"_csrf"})
        found.append((action.replace("&amp;", "&"), names))
    return found


def fuzz_forms(fuzzer, advisor, patterns, values, seed):
    chooser = random.Random(seed)
    seen = set()
    for pattern in patterns:
        _, _, body = advisor.request(fill(pattern, values))
        for action, names in forms(body):
            if action in seen or action in ("/sign-out", "/account/sign-out-everywhere"):
                continue
            seen.add(action)
            for value in FIELD_VALUES:
                fuzzer.send(advisor, "POST", action, [(name, value) for name in names])
            for _ in range(6):
                fuzzer.send(advisor, "POST", action, [(name, chooser.choice(FIELD_VALUES)) for name in names if chooser.random() < 0.8])
            # Fields repeated and unknown ones added.
            fuzzer.send(advisor, "POST", action, [(name, "1") for name in names] * 3 + [("unknown", "1")])
            advisor.request(fill(pattern, values))  # a fresh form token after any redirect


def report(fuzzer):
    log = open(fuzzer.server.log_path, errors="replace").read()
    if "Fatal error" in log:
        fuzzer.failures.append("the log shows a fatal error")
    print(f"page fuzz: {fuzzer.requests} requests")
    for failure in fuzzer.failures[:50]:
        print("  FAIL  " + failure)
    return 1 if fuzzer.failures else 0


def main(binary):
    server = Server(binary)
    server.run("demo", "--people", "400", "--waves", "2", "--seed", "11", "--with-lo-scan").check_returncode()
    for role in ["advisor", "manager", "viewer"]:
        server.run("users", "create", "--email", f"{role}@example.org", "--organisation", "Demo", "--role", role,
                   stdin=PASSWORD + "\n").check_returncode()
    server.run("users", "create", "--email", "other@example.org", "--organisation", "Ander", "--role", "advisor",
               stdin=PASSWORD + "\n").check_returncode()
    server.run("users", "create", "--email", "admin@example.org", "--admin", stdin=PASSWORD + "\n").check_returncode()
    table = routes(server)
    server.start()
    fuzzer = Fuzzer(server)
    try:
        clients = {role: signed_in(server, f"{role}@example.org") for role in ["admin", "advisor", "manager", "viewer"]}
        clients["anonymous"] = Client(server.url)
        values, foreign = ids(clients["advisor"], signed_in(server, "other@example.org"))
        reads = [path for method, path in table if method == "GET"]
        print(f"page fuzz: {len(reads)} GET routes, {len(table) - len(reads)} POST routes")
        fuzz_reads(fuzzer, clients, reads, values, foreign)
        fuzz_forms(fuzzer, clients["advisor"], [p for p in reads if not p.startswith("/api/")], values, seed=11)
        fuzzer.send(clients["anonymous"], "GET", "/healthz")
    finally:
        server.stop()
    return report(fuzzer)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
