"""Starts the real `veerkracht serve` binary on a temporary SQLite file and a free port, and
stops it by its PID; and a small browser-like client. Shared by the end-to-end scripts."""
import http.cookiejar
import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


class Client:
    """Keeps cookies and the latest form token, as a browser would."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.token = None

    def request(self, path, data=None, headers=None):
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            response = self.opener.open(request, timeout=120)
        except urllib.error.HTTPError as error:
            response = error
        body = response.read().decode("utf-8", "replace")
        found = re.search(r'name="_csrf" value="([^"]+)"', body)
        if found:
            self.token = found.group(1)
        return response.status, response.geturl(), body

    def get(self, path):
        return self.request(path)

    def post(self, path, fields):
        """Fields as a dict, or as pairs (a name may repeat); the form token is added."""
        pairs = list(fields.items()) if isinstance(fields, dict) else list(fields)
        return self.request(path, urllib.parse.urlencode(pairs + [("_csrf", self.token or "")]).encode())

    def sign_in(self, email, password):
        """Signs in through the page and returns the id of the first organisation on the home page."""
        self.request("/sign-in")
        self.post("/sign-in", [("email", email), ("password", password)])
        found = re.search(r"/o/([0-9A-Fa-f-]{36})", self.request("/")[2])
        return found.group(1) if found else None

    def upload(self, path, content, fields, filename="people.csv"):
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                 for k, v in dict(fields, _csrf=self.token).items()]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                     f'Content-Type: text/csv\r\n\r\n'.encode() + content + f'\r\n--{boundary}--\r\n'.encode())
        return self.request(path, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"})


def wait_until_healthy(url, what, check=lambda: None):
    """Waits up to 60 s for /healthz to answer 200; `check` may raise to stop waiting early."""
    deadline = time.time() + 60
    while time.time() < deadline:
        check()
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"{what} did not answer /healthz within 60 s")


class Server:
    def __init__(self, binary):
        self.binary = binary
        self.folder = tempfile.mkdtemp(prefix="veerkracht-e2e-")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(self.folder, "serve.log")
        self.process = None
        # More settings for `serve`, e.g. an identity provider (see OpenIDProvider).
        self.extra_env = {}

    def env(self):
        env = dict(os.environ)
        env.update({"DATABASE_URL": os.path.join(self.folder, "veerkracht.sqlite"),
                    "PORT": str(self.port), "HOST": "127.0.0.1", "LOG_LEVEL": "info"})
        env.update(self.extra_env)
        return env

    def start(self):
        log = open(self.log_path, "w")
        self.process = subprocess.Popen([self.binary, "serve"], env=self.env(), cwd=self.folder,
                                        stdout=log, stderr=subprocess.STDOUT)
        def stopped():
            if self.process.poll() is not None:
                raise RuntimeError("serve stopped:\n" + open(self.log_path).read())
        wait_until_healthy(self.url, "serve", stopped)
        return self

    def command(self, arguments, input=None):
        """Runs another veerkracht command on the same database, as an operator would."""
        subprocess.run([self.binary] + arguments, env=self.env(), cwd=self.folder, input=input, text=True,
                       check=True, capture_output=True)

    def setup_code(self):
        match = re.search(r"setup code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})", open(self.log_path).read())
        if not match:
            raise RuntimeError("no setup code in the log")
        return match.group(1)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, 15)
            self.process.wait(timeout=20)

    def run(self, *arguments, stdin="", extra_env=None):
        """Runs another command of the binary with the same configuration."""
        env = dict(self.env(), **(extra_env or {}))
        return subprocess.run([self.binary, *arguments], env=env, cwd=self.folder,
                              input=stdin, capture_output=True, text=True, timeout=120)


class ClusterServer(Server):
    """Servers already running behind a load balancer (CI's several-servers leg): requests go to
    VEERKRACHT_CLUSTER_URL, commands run with the servers' own environment file
    (VEERKRACHT_CLUSTER_ENV), and the setup code is read from any of their logs
    (VEERKRACHT_CLUSTER_LOGS, comma-separated). Starting and stopping are the leg's."""

    def __init__(self, binary):
        super().__init__(os.path.abspath(binary))
        self.url = os.environ["VEERKRACHT_CLUSTER_URL"].rstrip("/")
        self.logs = os.environ["VEERKRACHT_CLUSTER_LOGS"].split(",")
        self.log_path = self.logs[0]
        self.settings = {}
        for line in open(os.environ["VEERKRACHT_CLUSTER_ENV"]):
            if "=" in line and not line.lstrip().startswith("#"):
                key, value = line.strip().split("=", 1)
                self.settings[key] = value

    def env(self):
        return dict(os.environ, **dict(self.settings, LOG_LEVEL="warning"))

    def start(self):
        wait_until_healthy(self.url, "the load balancer")
        return self

    def setup_code(self):
        for path in self.logs:
            match = re.search(r"setup code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})", open(path).read())
            if match:
                return match.group(1)
        raise RuntimeError("no setup code in the servers' logs")

    def stop(self):
        pass


class OpenIDProvider:
    """The test provider of e2e/oidc_provider.py (Authlib) on a free port, registered for
    `server`'s callback; `settings()` are the variables that make `serve` offer it. Needs a
    Python with authlib and flask (OIDC_PYTHON, default e2e/.venv-oidc/bin/python)."""

    SLUG = "testid"

    def __init__(self, server):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.secret = uuid.uuid4().hex
        self.redirect = server.url + "/sign-in/oidc/callback"
        self.log_path = os.path.join(server.folder, "oidc-provider.log")
        self.process = None

    def settings(self):
        prefix = "OIDC_" + self.SLUG.upper() + "_"
        return {"OIDC_PROVIDERS": self.SLUG, prefix + "ISSUER": self.url, prefix + "CLIENT_ID": "veerkracht",
                prefix + "CLIENT_SECRET": self.secret, prefix + "NAME": "Test ID"}

    def start(self):
        python = os.environ.get("OIDC_PYTHON", os.path.join(os.path.dirname(__file__), ".venv-oidc", "bin", "python"))
        script = os.path.join(os.path.dirname(__file__), "oidc_provider.py")
        self.process = subprocess.Popen(
            [python, script, "--port", str(self.port), "--client-secret", self.secret, "--redirect-uri", self.redirect],
            stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the test provider stopped:\n" + open(self.log_path).read())
            try:
                with urllib.request.urlopen(self.url + "/.well-known/openid-configuration", timeout=2):
                    return self
            except OSError:
                time.sleep(0.25)
        raise RuntimeError("the test provider did not answer within 30 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def server_for(binary):
    """The server of this run: one started here, or the cluster CI put behind a load balancer."""
    return ClusterServer(binary) if os.environ.get("VEERKRACHT_CLUSTER_URL") else Server(binary)


failures = []


def check(condition, what):
    """Prints one line per check and remembers the failures; a walk goes on after one."""
    print(("  ok    " if condition else "  FAIL  ") + what)
    if not condition:
        failures.append(what)
