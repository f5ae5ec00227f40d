"""Smoke test of the real binary over HTTP: setup, sign-in, an organisation, a unit and a CSV
import, then the scripted commands. Standard library only. Usage: python3 smoke.py BINARY
With VEERKRACHT_CLUSTER_URL set it runs through a load balancer in front of servers the caller
started (see server.ClusterServer), and leaves out what only a server of its own can show."""
import os
import re
import sys

from server import Client, ClusterServer, check, failures, server_for


def main(binary):
    server = server_for(binary)
    cluster = isinstance(server, ClusterServer)
    # Asking for help or for the instruments opens no database: nothing is created or migrated.
    for arguments in [] if cluster else (["--help"], ["serve", "--help"], ["users", "--help"], ["instruments"]):
        result = server.run(*arguments)
        made = [name for name in os.listdir(server.folder) if ".sqlite" in name and not name.endswith(".key")]
        check(result.returncode == 0 and not made, f"veerkracht {' '.join(arguments)} creates no database file {made or ''}")
    server.start()
    check("[Migrator]" not in open(server.log_path).read(), "serve at log level info does not list every migration step")
    try:
        client = Client(server.url)
        status, url, _ = client.get("/")
        check(url.endswith("/setup"), "a fresh installation leads to the setup page")
        status, url, body = client.post("/setup", {"code": server.setup_code(), "email": "admin@example.org",
                                                   "password": "smoke test passphrase", "confirmation": "smoke test passphrase"})
        check(status == 200 and "admin@example.org" in body, "setup with the logged code signs the administrator in")
        client.post("/sign-out", {})
        status, _, body = client.post("/sign-in", {"email": "admin@example.org", "password": "smoke test passphrase"})
        check(status == 200 and "admin@example.org" in body, "sign in with e-mail and password")

        status, url, body = client.post("/admin/organisations", {"name": "Zorggroep Smoke"})
        organisation = url.rstrip("/").split("/")[-1]
        check(status == 200 and "Zorggroep Smoke" in body, "create an organisation")
        status, _, body = client.post(f"/admin/organisations/{organisation}/invitations",
                                      {"email": "admin@example.org", "role": "advisor"})
        check(status == 200, "the administrator joins the organisation as advisor")
        status, _, _ = client.post(f"/o/{organisation}/units", {"name": "Zorg", "code": "Z"})
        check(status == 201, "create a unit")

        csv = "\ufeffexternal_id;email;unit;birth_year;gender;start_date;level\n1;a@example.org;Zorg;1980;f;1-3-2015;A\n2;;Z;1990;m;;\n"
        status, url, body = client.upload(f"/o/{organisation}/people/import", csv.encode("utf-8"), {"full": "1"})
        check(status == 200 and "/apply" in body, "upload a CSV and see its preview")
        apply = re.search(r'action="([^"]+/apply)"', body).group(1)
        status, _, body = client.post(apply, {})
        check(status == 200 and "doorgevoerd" in body, "confirm the import")
        status, _, body = client.get(f"/o/{organisation}/people")
        check("2 mensen" in body, "the people list shows both people")
    finally:
        server.stop()
    if cluster:
        return
    check(server.process.returncode is not None, f"serve stopped by its PID {server.process.pid}")

    result = server.run("users", "create", "--email", "ops@example.org", "--organisation", "Scripted", "--role", "viewer",
                        stdin="a scripted passphrase\n")
    check(result.returncode == 0 and "Scripted" in result.stdout, "users create reads the password from standard input")
    result = server.run("users", "create", "--email", "short@example.org", stdin="short\n")
    check(result.returncode != 0, "users create refuses a short password")
    result = server.run("instruments")
    check(result.returncode == 0 and "dlo@1" in result.stdout and "lp@1" in result.stdout, "instruments lists the built-in scans")
    result = server.run("migrate")
    check(result.returncode == 0, "migrate runs on its own")
    bad = server.run("serve", extra_env={"PORT": "eighty", "ANONYMITY_THRESHOLD": "2"})
    check(bad.returncode != 0 and "PORT" in bad.stderr and "ANONYMITY_THRESHOLD" in bad.stderr and "DATABASE_URL" in bad.stderr,
          "a wrong configuration stops the start with one message listing every setting")


if __name__ == "__main__":
    main(sys.argv[1])
    if failures:
        print(f"smoke: {len(failures)} failed")
        sys.exit(1)
    print("smoke: all checks passed")
