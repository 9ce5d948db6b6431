"""A stand-in for the AWS operations moto does not implement, in front of moto: answers each in its
documented shape for the demo account, and forwards every other request to moto unchanged. The service
and Region come from the request's SigV4 credential scope.

Usage: aws_stub.py <port> <moto-endpoint> <answers.json>"""
import json
import re
import sys
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, MOTO, ANSWERS = int(sys.argv[1]), sys.argv[2].rstrip("/"), json.load(open(sys.argv[3]))
SCOPE = re.compile(r"Credential=[^/]+/\d{8}/([^/]+)/([^/]+)/aws4_request")


def answer_for(method, path, headers, body):
    match = SCOPE.search(headers.get("Authorization", ""))
    if not match:
        return None
    region, service = match.groups()
    target = headers.get("X-Amz-Target", "")
    action = re.search(r"(?:^|&)Action=([A-Za-z]+)", body.decode("utf-8", "replace"))
    for stub in ANSWERS:
        if stub["service"] != service or stub.get("region", region) != region:
            continue
        if "target" in stub and not target.endswith("." + stub["target"]):
            continue
        if "action" in stub and not (action and action.group(1) == stub["action"]):
            continue
        if "path" in stub and not (stub.get("method", method) == method and re.fullmatch(stub["path"], path.split("?")[0])):
            continue
        return stub
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def handle_any(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        stub = answer_for(self.command, self.path, self.headers, body)
        if stub is not None:
            payload = stub["xml"].encode() if "xml" in stub else json.dumps(stub.get("json", {})).encode()
            self.send_response(stub.get("status", 200))
            self.send_header("Content-Type", "text/xml" if "xml" in stub else "application/json")
            if "error" in stub:
                self.send_header("x-amzn-ErrorType", stub["error"])
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        request = urllib.request.Request(MOTO + self.path, data=body if body else None, method=self.command,
                                         headers={k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")})
        try:
            with urllib.request.urlopen(request) as response:
                status, headers, payload = response.status, response.getheaders(), response.read()
        except urllib.error.HTTPError as error:
            status, headers, payload = error.code, error.headers.items(), error.read()
        self.send_response(status)
        for key, value in headers:
            if key.lower() not in ("content-length", "transfer-encoding", "connection", "server", "date"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_any

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
