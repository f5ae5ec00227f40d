"""A small OpenID Connect provider for the browser leg and manual trials, built on Authlib.

It speaks the real protocol, as Entra ID, Google or Keycloak would: a discovery document, a key
set (JWKS) with keys made at start, an authorization endpoint with a sign-in form, a token
endpoint for the authorization code grant with PKCE (S256), ID tokens signed with RS256 or
ES256, and an end-session endpoint. Nothing in it knows Veerkracht.

    python3 e2e/oidc_provider.py --port 9400 --client-id veerkracht --client-secret s3cret \
        --redirect-uri http://127.0.0.1:8080/sign-in/oidc/callback [--alg ES256]

The sign-in form takes any address; untick "verified" to get `email_verified: false`.
POST /test/rotate makes a new signing key (a new key id) and serves only that one, as a
provider does after a key rotation.
"""

import argparse
import hashlib
import html
import os
import secrets
import time
from urllib.parse import urlencode

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import ClientMixin
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import UserInfo
from authlib.oidc.core.grants import OpenIDCode
from flask import Flask, jsonify, redirect, request
from joserfc.jwk import ECKey, KeySet, RSAKey


class Signing:
    """The provider's current signing key; rotation replaces it."""

    def __init__(self, alg):
        self.alg = alg
        self.rotate()

    def rotate(self):
        self.kid = secrets.token_hex(8)
        if self.alg == "ES256":
            self.key = ECKey.generate_key("P-256", {"kid": self.kid, "use": "sig", "alg": "ES256"}, private=True)
        else:
            self.key = RSAKey.generate_key(2048, {"kid": self.kid, "use": "sig", "alg": "RS256"}, private=True)

    def public_set(self):
        return KeySet([self.key]).as_dict(private=False)


class User:
    def __init__(self, email, verified):
        self.email = email
        self.verified = verified
        self.sub = hashlib.sha256(email.encode()).hexdigest()[:24]

    def get_user_id(self):
        return self.sub


class Client(ClientMixin):
    def __init__(self, client_id, secret, redirect_uri):
        self.client_id = client_id
        self.secret = secret
        self.redirect_uri = redirect_uri

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return self.redirect_uri

    def get_allowed_scope(self, scope):
        allowed = {"openid", "email", "profile"}
        return " ".join(s for s in (scope or "").split() if s in allowed)

    def check_redirect_uri(self, redirect_uri):
        return redirect_uri == self.redirect_uri

    def check_client_secret(self, client_secret):
        return secrets.compare_digest(client_secret, self.secret)

    def check_endpoint_auth_method(self, method, endpoint):
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type):
        return response_type == "code"

    def check_grant_type(self, grant_type):
        return grant_type == "authorization_code"


class Code:
    def __init__(self, code, client_id, redirect_uri, scope, user, nonce, challenge, method):
        self.code = code
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self.scope = scope
        self.user = user
        self.nonce = nonce
        self.code_challenge = challenge
        self.code_challenge_method = method
        self.auth_time = int(time.time())
        self.expires_at = time.time() + 60

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def get_nonce(self):
        return self.nonce

    def get_auth_time(self):
        return self.auth_time

    def get_acr(self):
        return None

    def get_amr(self):
        return None


def make_app(issuer, client, signing):
    app = Flask(__name__)
    codes = {}

    class CodeGrant(AuthorizationCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

        def save_authorization_code(self, code, req):
            codes[code] = Code(
                code, req.client.get_client_id(), req.payload.redirect_uri, req.payload.scope, req.user,
                req.payload.data.get("nonce"), req.payload.data.get("code_challenge"),
                req.payload.data.get("code_challenge_method"))

        def query_authorization_code(self, code, client):
            found = codes.get(code)
            if found and found.client_id == client.get_client_id() and found.expires_at > time.time():
                return found
            return None

        def delete_authorization_code(self, authorization_code):
            codes.pop(authorization_code.code, None)

        def authenticate_user(self, authorization_code):
            return authorization_code.user

    class IDToken(OpenIDCode):
        def exists_nonce(self, nonce, req):
            return any(c.nonce == nonce for c in codes.values())

        def resolve_client_private_key(self, _client):
            return signing.key

        def get_client_algorithm(self, _client):
            return signing.alg

        def get_encode_header(self, _client):
            return {"alg": signing.alg, "kid": signing.kid}

        def get_client_claims(self, c):
            return {"iss": issuer, "aud": [c.get_client_id()], "exp": int(time.time()) + 300}

        def generate_user_info(self, user, scope):
            info = UserInfo(sub=user.sub)
            if "email" in scope:
                info["email"] = user.email
                info["email_verified"] = user.verified
            if "profile" in scope:
                info["name"] = user.email.split("@")[0]
            return info

    server = AuthorizationServer(
        app,
        query_client=lambda cid: client if cid == client.client_id else None,
        save_token=lambda token, req: None,
    )
    server.register_grant(CodeGrant, [IDToken(require_nonce=True), CodeChallenge(required=True)])

    @app.get("/.well-known/openid-configuration")
    def discovery():
        return jsonify({
            "issuer": issuer,
            "authorization_endpoint": issuer + "/authorize",
            "token_endpoint": issuer + "/token",
            "jwks_uri": issuer + "/jwks",
            "end_session_endpoint": issuer + "/logout",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": [signing.alg],
            "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "code_challenge_methods_supported": ["S256"],
        })

    @app.get("/jwks")
    def jwks():
        return jsonify(signing.public_set())

    @app.route("/authorize", methods=["GET", "POST"])
    def authorize():
        if request.method == "GET":
            try:
                server.get_consent_grant(end_user=None)
            except Exception as error:  # the protocol's own refusal, shown as the provider would
                return f"<p>Invalid request: {html.escape(str(error))}</p>", 400
            # The request's parameters travel in the form's address only: Authlib refuses a
            # parameter that comes twice (query and body) as invalid_request.
            return (
                "<!doctype html><title>Test provider</title><h1>Test provider: sign in</h1>"
                f'<form method="post" action="/authorize?{html.escape(urlencode(request.args))}">'
                '<label>E-mail <input name="login_email" type="email" required></label> '
                '<label><input name="verified" type="checkbox" value="1" checked> verified</label> '
                '<button type="submit" id="provider-sign-in">Sign in</button></form>'
            )
        user = User(request.form["login_email"].strip().lower(), request.form.get("verified") == "1")
        return server.create_authorization_response(grant_user=user)

    @app.post("/token")
    def token():
        return server.create_token_response()

    @app.get("/logout")
    def logout():
        target = request.args.get("post_logout_redirect_uri")
        if target and target.startswith(client.redirect_uri.split("/sign-in/")[0]):
            return redirect(target)
        return "<p>Signed out at the test provider.</p>"

    @app.post("/test/rotate")
    def rotate():
        signing.rotate()
        return jsonify({"kid": signing.kid})

    return app


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9400)
    parser.add_argument("--client-id", default="veerkracht")
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--redirect-uri", required=True)
    parser.add_argument("--alg", choices=["RS256", "ES256"], default="RS256")
    args = parser.parse_args()
    # Plain http on 127.0.0.1 only: a test provider beside the server under test.
    os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"
    issuer = f"http://127.0.0.1:{args.port}"
    app = make_app(issuer, Client(args.client_id, args.client_secret, args.redirect_uri), Signing(args.alg))
    app.run(host="127.0.0.1", port=args.port, threaded=True)


if __name__ == "__main__":
    main()
