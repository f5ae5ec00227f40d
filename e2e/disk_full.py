"""A full disk, tried for real: the server runs on an SQLite file in an 8 MB tmpfs, the disk is
filled until writes fail, and then space is given back. /healthz must say 503 while the
database cannot write and 200 again once it can, writes must work again without a restart,
and the write-ahead log must not keep the space it grew into. Needs root (to mount a tmpfs);
without it the leg says so and passes. Standard library only. Usage: disk_full.py BINARY"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from server import Client, Server, check, failures  # noqa: E402

PASSWORD = "disk full passphrase 2026"


def fill(folder):
    """Writes a file until the disk is full; returns its path."""
    path = os.path.join(folder, "filler")
    # Unbuffered: a buffered file keeps what did not fit and raises again when it is closed.
    with open(path, "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError:
            pass
    return path


def main(binary):
    mount = tempfile.mkdtemp(prefix="veerkracht-tmpfs-")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount], capture_output=True).returncode != 0:
        print("disk full: cannot mount a tmpfs here (not root?); this leg was not run")
        return 0
    server = Server(binary)
    server.folder = mount  # the database and its key on the small disk; the log stays outside
    try:
        server.run("users", "create", "--email", "advisor@example.org", "--organisation", "Klein", "--role", "advisor",
                   stdin=PASSWORD + "\n").check_returncode()
        server.start()
        advisor = Client(server.url)
        org = advisor.sign_in("advisor@example.org", PASSWORD)
        advisor.request(f"/o/{org}/units")
        status, _, _ = advisor.post(f"/o/{org}/units", [("name", "Voor"), ("note", "x")])
        check(status == 201, "a unit is stored while there is space")

        filler = fill(mount)
        refused = 0
        for index in range(20):
            advisor.request(f"/o/{org}/units")
            status, _, _ = advisor.post(f"/o/{org}/units", [("name", f"Vol {index} " + "x" * 100)])
            refused += status >= 500
        check(refused > 0, f"writes fail on the full disk ({refused} of 20 refused)")
        status, _, body = Client(server.url).request("/healthz")
        check(status == 503 and "cannot write" in body, f"/healthz says the database cannot write ({status} {body.strip()})")

        os.remove(filler)
        status, _, body = Client(server.url).request("/healthz")
        check(status == 200, f"/healthz is 200 again once space is back, without a restart ({status} {body.strip()})")
        advisor.request(f"/o/{org}/units")
        status, _, _ = advisor.post(f"/o/{org}/units", [("name", "Na")])
        check(status == 201, "writes work again without a restart")
        log = os.path.join(mount, "veerkracht.sqlite-wal")
        size = os.path.getsize(log) if os.path.exists(log) else 0
        check(size < 1_000_000, f"the write-ahead log gave its space back ({size} bytes)")
        check(server.process.poll() is None, "the server kept running throughout")
    finally:
        server.stop()
        subprocess.run(["umount", mount])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
