"""The emulator's own ceiling: calls per second that a trivial concurrent client reaches against moto.

usage: ceiling.py ENDPOINT ACCOUNT REGION SECONDS THREADS

Each thread sends logs:DescribeLogGroups (one of the calls irready makes in every Region) over a kept-alive
connection, unsigned but carrying the account header moto uses, as fast as moto answers."""
import http.client
import sys
import threading
import time
from urllib.parse import urlparse

endpoint, account, region, seconds, threads = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
url = urlparse(endpoint)
headers = {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "Logs_20140328.DescribeLogGroups",
           "x-moto-account-id": account,
           "Authorization": f"AWS4-HMAC-SHA256 Credential=testing/20261128/{region}/logs/aws4_request, SignedHeaders=host, Signature=0"}
counts = [0] * threads
deadline = time.monotonic() + seconds


def run(i):
    connection = http.client.HTTPConnection(url.hostname, url.port)
    while time.monotonic() < deadline:
        connection.request("POST", "/", body="{}", headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"moto answered {response.status}")
        counts[i] += 1


workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
started = time.monotonic()
for w in workers:
    w.start()
for w in workers:
    w.join()
print(f"{sum(counts) / (time.monotonic() - started):.0f}")
