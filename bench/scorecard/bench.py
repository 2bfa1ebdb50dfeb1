#!/usr/bin/env python3
"""Commune scorecard timings against a running HTX Số (on demand, not a test).

Usage: start the demo (`./mvnw spring-boot:run`, or the jar with --server.port=…), then
    bench/scorecard/bench.py [BASE_URL] [REPEATS]      (default http://localhost:8080, 20)

Prints p50 / p95 / max of: one commune's scorecard through the API (the whole province is computed to rank it, for
this year and last year), the province page, the .xlsx export, the national page (every province) and the public
commune page, with the data size they cover (organisations and communes of the province, read from the API).
Standard library only.
"""
import base64
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE = (sys.argv[1] if len(sys.argv) > 1 else 'http://localhost:8080').rstrip('/')
REPEATS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
AUTH = {'Authorization': 'Basic ' + base64.b64encode(b'admin:demo12345').decode()}


def get(path, headers=None):
    req = urllib.request.Request(BASE + path, headers={**AUTH, **(headers or {})})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as r:
        body = r.read()
    return (time.perf_counter() - start) * 1000, body


def measure(label, path, headers=None):
    get(path, headers)  # warm up
    times = sorted(get(path, headers)[0] for _ in range(REPEATS))
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    print(f'{label:<44} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms   max {times[-1]:7.1f} ms')


commune = urllib.parse.quote('Xã Hạnh Lâm')
_, body = get(f'/api/v1/communes/40/{commune}/scorecard')
card = json.loads(body)
_, stats = get('/api/v1/statistics/cooperatives?province=40', {'Accept': 'application/json'})
try:
    organisations = json.loads(stats).get('total')
except ValueError:
    organisations = '?'
print(f'Data: Nghệ An (40) has {organisations} organisations in {card["communesRanked"]} communes ranked; '
      f'{len(card["indicators"])} indicators; {REPEATS} requests each, one client')
measure('API: one commune (ranks the province)', f'/api/v1/communes/40/{commune}/scorecard')
measure('page: province ranking', '/scorecard/provinces/40', {'Accept': 'text/html'})
measure('export: province .xlsx', '/scorecard/provinces/40/export.xlsx')
measure('page: national (every province)', '/scorecard', {'Accept': 'text/html'})
measure('public commune page (anonymous)', f'/communes/40/{commune}')
