# program: invoice and product report formatting
from collections import defaultdict

N_INVOICES = 400

PRODUCTS = [
    # sku, name, category, unit price (cents), vat rate
    ("A-100", "Widget", "hardware", 1299, 0.20),
    ("A-101", "Widget Pro", "hardware", 4999, 0.20),
    ("B-200", "Gizmo cable 2m", "accessories", 799, 0.20),
    ("B-201", "Gizmo cable 5m", "accessories", 1499, 0.20),
    ("C-300", "Handbook (print)", "books", 3450, 0.055),
    ("C-301", "Handbook (ebook)", "books", 1999, 0.055),
    ("D-400", "Support plan", "services", 120000, 0.20),
    ("D-401", "Installation", "services", 25000, 0.10),
    ("E-500", "Sticker pack", "merch", 250, 0.20),
    ("E-501", "Mug", "merch", 1100, 0.20),
]
CUSTOMERS = ["Acme Corp", "Globex", "Initech", "Umbrella", "Hooli",
             "Stark Industries", "Wayne Enterprises", "Tyrell"]


class Rand:
    def __init__(self, seed):
        self.x = seed

    def __call__(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.x >> 33) % n


def make_invoices(n, rnd):
    invoices = []
    for i in range(n):
        lines = []
        for _ in range(1 + rnd(5)):
            sku, name, cat, price, vat = PRODUCTS[rnd(len(PRODUCTS))]
            qty = 1 + rnd(12) if cat != "services" else 1
            discount = (0, 0, 0, 5, 10, 15)[rnd(6)]
            lines.append((sku, qty, discount))
        month = 1 + rnd(12)
        invoices.append({
            "number": f"INV-{2024}{month:02d}-{i + 1:05d}",
            "customer": CUSTOMERS[rnd(len(CUSTOMERS))],
            "month": month,
            "lines": lines,
            "paid": rnd(4) != 0,
        })
    return invoices


def money(cents, width=0):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}".rjust(width)


def invoice_totals(inv, catalog):
    net = vat_total = 0
    for sku, qty, discount in inv["lines"]:
        _, _, _, price, vat = catalog[sku]
        line = price * qty * (100 - discount) // 100
        net += line
        vat_total += round(line * vat)
    return net, vat_total


def render_invoice(inv, catalog):
    out = []
    title = f" Invoice {inv['number']} "
    out.append(title.center(64, "="))
    out.append("Customer: %-20s Month: %02d  Status: %s" %
               (inv["customer"], inv["month"], "PAID" if inv["paid"] else "OPEN"))
    out.append(f"{'SKU':<6} {'Item':<18} {'Qty':>4} {'Unit':>10} {'Disc':>5} {'Amount':>12}")
    out.append("-" * 64)
    for sku, qty, discount in inv["lines"]:
        _, name, _, price, _ = catalog[sku]
        amount = price * qty * (100 - discount) // 100
        disc = f"{discount}%" if discount else "-"
        out.append(f"{sku:<6} {name[:18]:<18} {qty:>4d} {money(price, 10)} {disc:>5} {money(amount, 12)}")
    net, vat = invoice_totals(inv, catalog)
    out.append("-" * 64)
    for label, value in (("Net", net), ("VAT", vat), ("Total", net + vat)):
        out.append(label.rjust(50) + ":" + money(value, 13))
    return "\n".join(out)


def main():
    rnd = Rand(42)
    catalog = {p[0]: p for p in PRODUCTS}
    invoices = make_invoices(N_INVOICES, rnd)
    rendered = [render_invoice(inv, catalog) for inv in invoices]
    total_chars = sum(map(len, rendered))
    print(rendered[0])
    print()

    by_cat = defaultdict(lambda: [0, 0])
    by_customer = defaultdict(int)
    by_month = [0] * 13
    open_amount = 0
    for inv in invoices:
        net, vat = invoice_totals(inv, catalog)
        by_customer[inv["customer"]] += net + vat
        by_month[inv["month"]] += net
        if not inv["paid"]:
            open_amount += net + vat
        for sku, qty, discount in inv["lines"]:
            cat = catalog[sku][2]
            by_cat[cat][0] += qty
            by_cat[cat][1] += catalog[sku][3] * qty * (100 - discount) // 100

    grand = sum(v[1] for v in by_cat.values())
    print(f"{'Category':<12}|{'Units':>8}|{'Revenue':>16}|{'Share':>8}")
    print(f"{'':-<12}+{'':->8}+{'':->16}+{'':->8}")
    for cat, (units, revenue) in sorted(by_cat.items(), key=lambda kv: -kv[1][1]):
        print(f"{cat.capitalize():<12}|{units:>8,}|{revenue / 100:>16,.2f}|{revenue / grand:>8.2%}")
    print(f"{'TOTAL':<12}|{sum(v[0] for v in by_cat.values()):>8,}|{grand / 100:>16,.2f}|{1:>8.1%}")
    print()

    ranking = sorted(by_customer.items(), key=lambda kv: (-kv[1], kv[0]))
    for rank, (name, amount) in enumerate(ranking[:5], 1):
        bar = "#" * round(40 * amount / ranking[0][1])
        print("%2d. %-18s %14s %s" % (rank, name, money(amount), bar))
    print()

    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    quarter_rows = []
    for q in range(4):
        vals = by_month[1 + 3 * q: 4 + 3 * q]
        cells = "  ".join(f"{m}:{v / 100:>10,.0f}" for m, v in zip(months[3 * q:3 * q + 3], vals))
        quarter_rows.append(f"Q{q + 1} | {cells} | {sum(vals) / 100:>12,.2f}")
    print("\n".join(quarter_rows))
    print(f"open receivables: {money(open_amount)} ({open_amount / max(1, sum(by_customer.values())):.1%})")
    print(f"rendered {len(rendered)} invoices, {total_chars:_} characters,"
          f" avg {total_chars / len(rendered):.1f}, sci {grand:.3e}, hex {grand:#x}, {grand:+012d}")


if __name__ == "__main__":
    main()
