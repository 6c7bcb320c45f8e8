# program: recursive binary search trees, expression trees and nested data
import json

N_KEYS = 1000
N_EXPRS = 120


def lcg_stream(seed, n, mod):
    x = seed
    for _ in range(n):
        x = (x * 214013 + 2531011) % 2 ** 31
        yield (x >> 8) % mod


class Node:
    __slots__ = ("key", "count", "left", "right")
    def __init__(self, key):
        self.key, self.count, self.left, self.right = key, 1, None, None


class BST:
    def __init__(self, root=None, size=0):
        self.root, self.size = root, size

    def insert(self, key):
        def _insert(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key == node.key:
                node.count += 1
            elif key < node.key:
                node.left = _insert(node.left)
            else:
                node.right = _insert(node.right)
            return node
        self.root = _insert(self.root)

    def __contains__(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None

    def inorder(self, node):
        if node is not None:
            yield from self.inorder(node.left)
            yield from [node.key] * node.count
            yield from self.inorder(node.right)

    def traverse(self, node, order, out):
        if node:
            if order == "pre":
                out.append(node.key)
            self.traverse(node.left, order, out)
            self.traverse(node.right, order, out)
            if order == "post":
                out.append(node.key)
        return out

    def height(self, node):
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def is_balanced(self, node):
        if node is None:
            return True, 0
        lb, lh = self.is_balanced(node.left)
        rb, rh = self.is_balanced(node.right)
        return lb and rb and abs(lh - rh) <= 1, 1 + max(lh, rh)

    def delete(self, key):
        def _delete(node, key):
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            elif node.left is None or node.right is None:
                self.size -= 1
                return node.left or node.right
            else:
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.count = succ.key, succ.count
                node.right = _delete(node.right, succ.key)
            return node
        if key in self:
            self.root = _delete(self.root, key)


class Leaf:
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return env[self.v] if isinstance(self.v, str) else self.v

    def __str__(self):
        return str(self.v)


class BinOp:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "%": lambda a, b: a % b if b else 0}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        return self.OPS[self.op](self.left.eval(env), self.right.eval(env))

    def __str__(self):
        return f"({self.left} {self.op} {self.right})"


def random_expr(rng, depth):
    r = next(rng)
    if depth == 0 or r % 5 == 0:
        return Leaf("xyz"[r % 3] if r % 2 else r % 10)
    return BinOp("+-*%"[r % 4], random_expr(rng, depth - 1), random_expr(rng, depth - 1))


def simplify(e):
    if not isinstance(e, BinOp):
        return e
    left, right = simplify(e.left), simplify(e.right)
    const_l, const_r = (isinstance(x, Leaf) and isinstance(x.v, int) for x in (left, right))
    if const_l and const_r:
        return Leaf(BinOp(e.op, left, right).eval({}))
    if e.op == "*" and (const_l and left.v == 0 or const_r and right.v == 0):
        return Leaf(0)
    if e.op in "+-" and const_r and right.v == 0:
        return left
    return BinOp(e.op, left, right)


def count_nodes(e):
    return 1 + (count_nodes(e.left) + count_nodes(e.right) if isinstance(e, BinOp) else 0)


def make_nested(rng, depth):
    r = next(rng)
    if depth == 0 or r % 7 == 0:
        return r % 1000 if r % 3 else f"leaf{r % 50}"
    if r % 2:
        return [make_nested(rng, depth - 1) for _ in range(1 + r % 3)]
    return {f"k{i}_{r % 13}": make_nested(rng, depth - 1) for i in range(1 + r % 4)}


def walk(obj, path=()):
    if isinstance(obj, (dict, list)):
        items = sorted(obj.items()) if isinstance(obj, dict) else enumerate(obj)
        for k, child in items:
            yield from walk(child, path + (k,))
    else:
        yield path, obj


def main():
    keys = list(lcg_stream(12345, N_KEYS, 100000))
    tree = BST()
    for k in keys:
        tree.insert(k)
    ordered = list(tree.inorder(tree.root))
    print(f"bst: size={tree.size} height={tree.height(tree.root)} sorted={ordered == sorted(keys)}")
    pre, post = tree.traverse(tree.root, "pre", []), tree.traverse(tree.root, "post", [])
    print("pre[:6]", pre[:6], "post[-6:]", post[-6:], "root", tree.root.key)
    print("balanced:", tree.is_balanced(tree.root))
    for k in keys[::3]:
        tree.delete(k)
    print(f"after deletes: size={tree.size} height={tree.height(tree.root)}",
          f"contains={sum(k in tree for k in keys)}")

    rng = lcg_stream(777, 10 ** 9, 1 << 20)
    total_before = total_after = acc = 0
    sample = None  # first mid-sized simplified expression
    for i in range(N_EXPRS):
        e = random_expr(rng, 6)
        s = simplify(e)
        total_before += count_nodes(e)
        total_after += count_nodes(s)
        env = {"x": i, "y": i % 7 - 3, "z": 5}
        v1, v2 = e.eval(env), s.eval(env)
        assert v1 == v2, (str(e), v1, v2)
        acc = (acc * 131 + v1) % (2 ** 61 - 1)
        sample = sample or (s if 7 < count_nodes(s) < 20 else None)
    print(f"exprs: nodes {total_before} -> {total_after}, acc={acc}")
    print("sample:", sample)

    nested = {"root": make_nested(rng, 7), "meta": make_nested(rng, 4)}
    leaves = list(walk(nested))
    nums = [v for _, v in leaves if isinstance(v, int)]
    print(f"nested: leaves={len(leaves)} depth={max(len(p) for p, _ in leaves)} sum={sum(nums)}")
    print("deepest path:", max(leaves, key=lambda pv: (len(pv[0]), str(pv[0])))[0])
    text = json.dumps(nested, sort_keys=True)
    print("json:", len(text), text[:60], json.loads(text) == nested)


if __name__ == "__main__":
    main()
