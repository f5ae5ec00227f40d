"""How the server answers others while people sign in: polls PATH (default /healthz, which asks
the database through the driver's pool, as a load balancer's check does; a page path is read as
a signed-in advisor) every 20 ms from one thread, first alone and then while SIGNERS threads
sign in over and over (each sign-in checks a bcrypt hash at cost 12, a quarter of a second of
a core), and prints the latencies of both phases and the sign-ins per second.
Usage: python3 Benchmarks/signin_pages.py BINARY [SIGNERS] [SECONDS] [PATH]   (release build recommended)"""
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "e2e"))
sys.path.insert(0, os.path.dirname(__file__))
from latency import advisor_with_a_unit, summary  # noqa: E402
from server import Client, Server  # noqa: E402

PASSWORD = "sign-in benchmark passphrase"


def poll(client, path, stop, samples):
    while not stop.is_set():
        started = time.perf_counter()
        status, _, _ = client.request(path)
        samples.append((time.perf_counter() - started) * 1000 if status == 200 else float("inf"))
        time.sleep(0.02)


def sign_in_repeatedly(url, email, stop, done):
    while not stop.is_set():
        if Client(url).sign_in(email, PASSWORD):
            done.append(1)


def phase(server, reader, path, signers, seconds):
    samples, signed_in, stop = [], [], threading.Event()
    threads = [threading.Thread(target=poll, args=(reader, path, stop, samples))]
    threads += [threading.Thread(target=sign_in_repeatedly, args=(server.url, f"signer{i}@example.org", stop, signed_in))
                for i in range(signers)]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    return samples, len(signed_in) / seconds


def main(binary, signers, seconds, path):
    server = Server(binary)
    for email in ["advisor@example.org"] + [f"signer{i}@example.org" for i in range(signers)]:
        server.run("users", "create", "--email", email, "--organisation", "Sign-ins", "--role", "advisor",
                   stdin=PASSWORD + "\n").check_returncode()
    server.start()
    try:
        reader, org = advisor_with_a_unit(server, "advisor@example.org", PASSWORD)
        path = path.replace("{org}", org)
        alone, _ = phase(server, reader, path, 0, seconds)
        during, rate = phase(server, reader, path, signers, seconds)
        print(summary(f"{path} alone", alone))
        print(summary(f"{path} while {signers} clients sign in ({rate:.1f} sign-ins/s)", during))
    finally:
        server.stop()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4, float(sys.argv[3]) if len(sys.argv) > 3 else 8,
         sys.argv[4] if len(sys.argv) > 4 else "/healthz")
