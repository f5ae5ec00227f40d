"""How the server answers others while a large people import runs: polls /healthz (and the
sign-in page) every 20 ms from a second thread while an advisor uploads, previews and applies a
ROWS-row CSV, and prints the latencies during the import beside those before it.
Usage: python3 Benchmarks/import_healthz.py BINARY [ROWS]   (release build recommended)"""
import os
import re
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "e2e"))
sys.path.insert(0, os.path.dirname(__file__))
from latency import advisor_with_a_unit, summary  # noqa: E402
from server import Server  # noqa: E402

PASSWORD = "import benchmark passphrase"


moments = []


def poll(url, stop, samples):
    while not stop.is_set():
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=120) as response:
                response.read()
            samples.append((time.perf_counter() - started) * 1000)
        except OSError:
            samples.append(float("inf"))
        moments.append(started)
        time.sleep(0.02)


def main(binary, rows):
    server = Server(binary)
    server.run("users", "create", "--email", "advisor@example.org", "--organisation", "Import", "--role", "advisor",
               stdin=PASSWORD + "\n").check_returncode()
    server.start()
    try:
        advisor, org = advisor_with_a_unit(server, "advisor@example.org", PASSWORD)
        csv = "external_id;email;unit;birth_year;gender;start_date\n" + "".join(
            f"{i};p{i}@example.org;Z;{1960 + i % 40};{'fmx'[i % 3]};1-3-2015\n" for i in range(rows))
        idle = []
        stop = threading.Event()
        poller = threading.Thread(target=poll, args=(server.url + "/healthz", stop, idle))
        poller.start()
        time.sleep(3)
        stop.set()
        poller.join()

        during, stop = [], threading.Event()
        poller = threading.Thread(target=poll, args=(server.url + "/healthz", stop, during))
        poller.start()
        started = time.perf_counter()
        advisor.request(f"/o/{org}/people/import")
        status, _, body = advisor.upload(f"/o/{org}/people/import", csv.encode(), {"full": "0"})
        apply = re.search(r'action="([^"]+/apply)"', body)
        preview_done = time.perf_counter()
        applied = advisor.post(apply.group(1), []) if apply else (None,)
        finished = time.perf_counter()
        stop.set()
        poller.join()
        print(f"import of {rows} rows: upload and preview {preview_done - started:.1f} s (status {status}), "
              f"apply {finished - preview_done:.1f} s (status {applied[0]})")
        marks = {"upload": started, "preview done": preview_done, "apply done": finished}
        for moment, latency in zip(moments[len(idle):], during):
            if latency > 500:
                print(f"  slow /healthz {latency:.0f} ms at {moment - started:.1f} s ({', '.join(f'{k} {v - started:.1f}' for k, v in marks.items())})")
        print(summary("/healthz idle", idle))
        print(summary("/healthz during the import", during))
    finally:
        server.stop()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200_000)
