# program: generator pipeline over web server log lines
import itertools
from collections import Counter, deque

N_LINES = 2500

PATHS = ["/", "/index.html", "/api/users", "/api/orders", "/static/app.js",
         "/static/style.css", "/login", "/logout", "/api/search", "/health"]
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
AGENTS = ["curl/8.1", "Mozilla/5.0", "python-requests/2.31", "Googlebot/2.1"]


def lcg(seed):
    """Infinite stream of pseudo-random 31-bit integers."""
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def raw_lines(n, seed=7):
    """Produce fake access-log lines, with a few malformed ones mixed in."""
    rnd = lcg(seed)
    ts = 1_700_000_000
    for i in range(n):
        ts += next(rnd) % 4
        r = next(rnd)
        if r % 97 == 0:
            yield f"### corrupted record {i} ###"
            continue
        if r % 53 == 0:
            yield ""
            continue
        ip = f"10.{r % 7}.{(r >> 3) % 16}.{(r >> 7) % 200}"
        method = METHODS[(r >> 11) % len(METHODS)]
        path = PATHS[(r >> 13) % len(PATHS)]
        status = 200
        s = (r >> 17) % 100
        if s < 6:
            status = 404
        elif s < 9:
            status = 500
        elif s < 15:
            status = 302
        size = (r >> 5) % 5000 + 100
        latency = ((r >> 9) % 900) / 10 + (40.0 if path.startswith("/api") else 0.0)
        agent = AGENTS[(r >> 21) % len(AGENTS)]
        yield f'{ip} [{ts}] "{method} {path} HTTP/1.1" {status} {size} {latency:.1f} "{agent}"'


def non_blank(lines):
    for line in lines:
        line = line.strip()
        if line:
            yield line


def parse(lines, errors):
    for line in lines:
        try:
            ip, rest = line.split(" [", 1)
            ts, rest = rest.split("] ", 1)
            request, rest = rest[1:].split('" ', 1)
            method, path, _proto = request.split()
            status, size, latency, agent = rest.split(" ", 3)
            yield {
                "ip": ip, "ts": int(ts), "method": method, "path": path,
                "status": int(status), "size": int(size),
                "latency": float(latency), "agent": agent.strip('"'),
            }
        except ValueError:
            errors.append(line)


def only(records, predicate):
    yield from (r for r in records if predicate(r))


def windows(records, size):
    """Sliding window over the records, yielding tuples of `size` items."""
    win = deque(maxlen=size)
    for r in records:
        win.append(r)
        if len(win) == size:
            yield tuple(win)


def chunk_by_minute(records):
    for minute, group in itertools.groupby(records, key=lambda r: r["ts"] // 60):
        yield minute, list(group)


def tee_counter(records, counter, key):
    for r in records:
        counter[key(r)] += 1
        yield r


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = (len(sorted_values) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def main():
    errors = []
    agents = Counter()
    records = tee_counter(parse(non_blank(raw_lines(N_LINES)), errors), agents, lambda r: r["agent"])
    bots_removed = only(records, lambda r: "bot" not in r["agent"].lower())

    per_minute = []
    status_counts = Counter()
    path_latency = {}
    bytes_total = 0
    all_records = []
    for minute, group in chunk_by_minute(bots_removed):
        per_minute.append((minute, len(group), sum(r["size"] for r in group)))
        for r in group:
            status_counts[r["status"]] += 1
            path_latency.setdefault(r["path"], []).append(r["latency"])
            bytes_total += r["size"]
            all_records.append(r)

    print(f"parsed={len(all_records)} errors={len(errors)} minutes={len(per_minute)}")
    print("agents:", ", ".join(f"{a}={n}" for a, n in sorted(agents.items())))
    print("status:", dict(sorted(status_counts.items())))
    print(f"bytes total={bytes_total:,}")

    busiest = sorted(per_minute, key=lambda m: (-m[1], m[0]))[:3]
    for minute, count, size in busiest:
        print(f"  minute {minute}: {count} requests, {size} bytes")

    for path in sorted(path_latency)[:5]:
        lat = sorted(path_latency[path])
        print(f"  {path:<18} n={len(lat):4d} p50={percentile(lat, 50):6.2f} p95={percentile(lat, 95):6.2f}")

    # error bursts: windows of 5 consecutive requests with >= 2 server errors
    bursts = sum(1 for w in windows(iter(all_records), 5)
                 if sum(r["status"] >= 500 for r in w) >= 2)
    print("error bursts:", bursts)

    # first few POSTs to the API, lazily
    api_posts = (r for r in all_records if r["method"] == "POST" and r["path"].startswith("/api"))
    first = list(itertools.islice(api_posts, 3))
    print("first api posts:", [(r["ip"], r["path"], r["status"]) for r in first])

    # moving average latency, computed with accumulate over a window
    lats = [r["latency"] for r in all_records]
    cum = list(itertools.accumulate(lats, initial=0.0))
    k = 50
    moving = [(cum[i + k] - cum[i]) / k for i in range(len(lats) - k + 1)]
    print(f"moving avg latency: min={min(moving):.3f} max={max(moving):.3f}")

    unique_ips = len({r["ip"] for r in all_records})
    top_ips = Counter(r["ip"] for r in all_records).most_common(3)
    print(f"unique ips={unique_ips} top={top_ips}")
    print("sample error:", errors[0] if errors else None)


if __name__ == "__main__":
    main()
