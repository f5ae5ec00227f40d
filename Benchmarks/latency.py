"""What the latency benchmarks share: a signed-in advisor with one unit, and a summary line."""
import statistics

from server import Client


def advisor_with_a_unit(server, email, password):
    """Signs `email` in and adds a unit, so the organisation's pages have something to show;
    returns the signed-in client and the organisation's id."""
    advisor = Client(server.url)
    org = advisor.sign_in(email, password)
    advisor.request(f"/o/{org}/units")
    advisor.post(f"/o/{org}/units", [("name", "Zorg"), ("code", "Z")])
    return advisor, org


def summary(name, samples):
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"{name}: {len(ordered)} requests, median {statistics.median(ordered):.1f} ms, p99 {p99:.1f} ms, max {ordered[-1]:.1f} ms"
