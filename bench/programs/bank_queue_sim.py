# program: bank queue simulation with classes
"""Discrete-event simulation of a bank branch with tellers, customers and an ATM."""
import math

SCALE = 1
N_CUSTOMERS = 1500 * SCALE


class LCG:
    """A tiny linear congruential generator (Numerical Recipes constants)."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next_int(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state

    def random(self):
        return self.next_int() / 4294967296.0

    def randint(self, lo, hi):
        return lo + self.next_int() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.next_int() % len(seq)]

    def expovariate(self, rate):
        u = self.random()
        return -math.log(1.0 - u) / rate


class Customer:
    _next_id = 1

    def __init__(self, arrival, kind, work):
        self.cid = Customer._next_id
        Customer._next_id += 1
        self.arrival = arrival
        self.kind = kind
        self.work = work
        self.start = None
        self.finish = None

    @property
    def wait(self):
        return 0.0 if self.start is None else self.start - self.arrival

    @property
    def served(self):
        return self.finish is not None

    def __repr__(self):
        return f"Customer(#{self.cid}, {self.kind!r}, arr={self.arrival:.2f}, work={self.work:.2f})"


class VipCustomer(Customer):
    priority = 0

    def __repr__(self):
        return "VIP" + super().__repr__()


class Server:
    speed = 1.0
    label = "server"

    def __init__(self, name):
        self.name = name
        self.busy_until = 0.0
        self.busy_time = 0.0
        self.history = []

    def service_time(self, customer):
        return customer.work / self.speed

    def serve(self, customer, now):
        customer.start = max(now, customer.arrival)
        duration = self.service_time(customer)
        customer.finish = customer.start + duration
        self.busy_until = customer.finish
        self.busy_time += duration
        self.history.append(customer.cid)
        return customer.finish

    @property
    def count(self):
        return len(self.history)

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, served={self.count}, busy={self.busy_time:.1f})"


class Teller(Server):
    label = "teller"

    def __init__(self, name, experience):
        super().__init__(name)
        self.experience = experience

    @property
    def speed(self):
        return 0.8 + 0.1 * self.experience


class ATM(Server):
    label = "atm"
    speed = 2.5

    def service_time(self, customer):
        if customer.kind != "withdraw":
            raise ValueError(f"ATM cannot handle {customer.kind}")
        return super().service_time(customer) + 0.3


class Bank:
    def __init__(self, rng, tellers, atms):
        self.rng = rng
        self.tellers = tellers
        self.atms = atms
        self.queue = []
        self.vip_queue = []
        self.atm_queue = []
        self.done = []
        self.rejected = 0

    def generate(self, n):
        t = 0.0
        kinds = ["deposit", "withdraw", "withdraw", "loan", "inquiry"]
        for _ in range(n):
            t += self.rng.expovariate(1.7)
            kind = self.rng.choice(kinds)
            work = {"deposit": 1.0, "withdraw": 0.8, "loan": 4.0, "inquiry": 0.5}[kind]
            work *= 0.5 + self.rng.random()
            cls = VipCustomer if self.rng.randint(1, 20) == 1 else Customer
            yield cls(t, kind, work)

    def pick(self, servers):
        return min(servers, key=lambda s: (s.busy_until, s.name))

    def run(self, n):
        for c in self.generate(n):
            if c.kind in ("withdraw", "inquiry") and self.rng.random() < 0.6:
                atm = self.pick(self.atms)
                try:
                    atm.serve(c, c.arrival)
                except ValueError:
                    self.rejected += 1
                    teller = self.pick(self.tellers)
                    teller.serve(c, teller.busy_until)
            else:
                if isinstance(c, VipCustomer):
                    teller = max(self.tellers, key=lambda s: (s.speed, s.name))
                else:
                    teller = self.pick(self.tellers)
                teller.serve(c, teller.busy_until)
            self.done.append(c)
        return self

    def report(self):
        lines = []
        servers = self.tellers + self.atms
        for s in servers:
            lines.append(repr(s))
        by_kind = {}
        for c in self.done:
            stats = by_kind.setdefault(c.kind, [0, 0.0, 0.0])
            stats[0] += 1
            stats[1] += c.wait
            stats[2] = max(stats[2], c.wait)
        for kind in sorted(by_kind):
            n, total, worst = by_kind[kind]
            lines.append(f"{kind:>9}: n={n:4d} avg_wait={total / n:7.3f} max_wait={worst:7.3f}")
        vips = [c for c in self.done if isinstance(c, VipCustomer)]
        lines.append(f"vip customers: {len(vips)}, avg wait {sum(c.wait for c in vips) / max(1, len(vips)):.3f}")
        end = max(c.finish for c in self.done)
        util = sum(s.busy_time for s in self.tellers) / (end * len(self.tellers))
        lines.append(f"closing time {end:.2f}, teller utilisation {util:.1%}")
        slowest = max(self.done, key=lambda c: (c.finish - c.arrival, c.cid))
        lines.append(f"slowest: {slowest!r}")
        lines.append(f"all served: {all(c.served for c in self.done)}, rejected={self.rejected}")
        return "\n".join(lines)


def main():
    rng = LCG(20240611)
    tellers = [Teller(f"T{i}", exp) for i, exp in enumerate([1, 3, 5, 2])]
    atms = [ATM("ATM-A"), ATM("ATM-B")]
    bank = Bank(rng, tellers, atms).run(N_CUSTOMERS)
    print(bank.report())
    checksum = 0
    for s in tellers + atms:
        for cid in s.history:
            checksum = (checksum * 31 + cid) % 1000000007
    print("checksum", checksum)


if __name__ == "__main__":
    main()
