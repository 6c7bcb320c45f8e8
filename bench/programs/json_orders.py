# program: JSON order records: serialize, reload, group and aggregate
import json
from collections import defaultdict, Counter
from functools import reduce
from itertools import groupby

N_ORDERS = 900

REGIONS = ["north", "south", "east", "west", "central"]
PRODUCTS = {
    "widget": 2.50, "gadget": 12.99, "doohickey": 7.25, "gizmo": 19.95,
    "sprocket": 0.85, "flange": 4.10, "grommet": 0.15, "thingamajig": 33.00,
}
STATUSES = ["pending", "shipped", "delivered", "returned", "cancelled"]
SKUS = sorted(PRODUCTS)


def lcg_stream(seed):
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield state >> 33


def make_orders(n, seed=7):
    rnd = lcg_stream(seed)
    orders = []
    for i in range(n):
        n_items = 1 + next(rnd) % 4
        items = []
        for _ in range(n_items):
            sku = SKUS[next(rnd) % len(SKUS)]
            items.append({"sku": sku, "qty": 1 + next(rnd) % 12, "unit_price": PRODUCTS[sku]})
        customer_id = next(rnd) % 120
        orders.append({
            "id": f"ORD-{i:05d}",
            "customer": {
                "id": customer_id,
                "name": f"Customer {customer_id:03d}",
                "region": REGIONS[customer_id % len(REGIONS)],
                "vip": customer_id % 11 == 0,
            },
            "items": items,
            "status": STATUSES[next(rnd) % len(STATUSES)],
            "day": 1 + next(rnd) % 28,
            "discount": [0, 0, 0, 5, 10, 15][next(rnd) % 6],
            "notes": None if next(rnd) % 3 else "gift wrap \u2713 \"fragile\"",
        })
    return orders


def order_total(order):
    gross = sum(it["qty"] * it["unit_price"] for it in order["items"])
    return round(gross * (100 - order["discount"]) / 100, 2)


def summarize_by(orders, keyfunc):
    groups = defaultdict(lambda: {"count": 0, "revenue": 0.0, "units": 0})
    for o in orders:
        g = groups[keyfunc(o)]
        g["count"] += 1
        g["revenue"] += order_total(o)
        g["units"] += sum(it["qty"] for it in o["items"])
    return dict(groups)


def main():
    orders = make_orders(N_ORDERS)
    blob = json.dumps(orders, sort_keys=True)
    pretty = json.dumps(orders[:3], indent=2, ensure_ascii=False)
    loaded = json.loads(blob)
    assert loaded == orders
    print(f"serialized {len(loaded)} orders: {len(blob)} chars compact, "
          f"first 3 pretty: {len(pretty)} chars, {pretty.count(chr(10)) + 1} lines")

    live = [o for o in loaded if o["status"] not in ("cancelled", "returned")]
    print(f"live orders: {len(live)}, status mix: "
          + ", ".join(f"{s}={c}" for s, c in sorted(Counter(o["status"] for o in loaded).items())))

    by_region = summarize_by(live, lambda o: o["customer"]["region"])
    for region in sorted(by_region, key=lambda r: -by_region[r]["revenue"]):
        s = by_region[region]
        print(f"  {region:<8} orders={s['count']:4d} units={s['units']:5d} "
              f"revenue={s['revenue']:10.2f} avg={s['revenue'] / s['count']:7.2f}")

    sku_units = Counter()
    for o in live:
        for it in o["items"]:
            sku_units[it["sku"]] += it["qty"]
    top = sku_units.most_common(3)
    print("top skus: " + ", ".join(f"{k} x{v}" for k, v in top))

    by_customer = summarize_by(live, lambda o: o["customer"]["id"])
    best = sorted(by_customer.items(), key=lambda kv: (-kv[1]["revenue"], kv[0]))[:3]
    print("best customers: " + "; ".join(f"#{cid} {s['revenue']:.2f}" for cid, s in best))

    vip_rev = sum(order_total(o) for o in live if o["customer"]["vip"])
    print(f"vip revenue: {vip_rev:.2f} of {sum(s['revenue'] for s in by_region.values()):.2f}")

    weekly = []
    for week, grp in groupby(sorted(live, key=lambda o: o["day"]), key=lambda o: (o["day"] - 1) // 7):
        grp = list(grp)
        weekly.append((week + 1, len(grp), round(sum(map(order_total, grp)), 2)))
    print("weekly: " + " | ".join(f"w{w}: {n} / {r}" for w, n, r in weekly))

    big = max(live, key=lambda o: (order_total(o), o["id"]))
    print(f"largest order: {big['id']} {order_total(big)} ({len(big['items'])} lines, "
          f"discount {big['discount']}%)")

    noted = sum(1 for o in loaded if o["notes"])
    multi = reduce(lambda acc, o: acc + (len({it['sku'] for it in o['items']}) > 1), live, 0)
    print(f"with notes: {noted}, multi-sku live orders: {multi}")

    report = {"regions": {r: round(s["revenue"], 2) for r, s in sorted(by_region.items())},
              "skus": dict(sorted(sku_units.items())), "ok": True, "missing": None}
    text = json.dumps(report, separators=(",", ":"))
    print(text[:96])
    print(json.loads(text)["regions"] == report["regions"], len(text))


main()
