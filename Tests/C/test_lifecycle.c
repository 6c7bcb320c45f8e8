/* Object lifecycle across runs: what a run makes (instances in reference cycles, bound methods
 * stored on self, classes, suspended and dropped generators, closures, exceptions holding
 * tracebacks) is freed when the run ends, so 10,000 runs of such a program leave the heap where
 * it was; and generators behave as CPython's across their life (exhausted, dropped, closed).
 * Heap in use is measured with mallinfo2. */
#include "check.h"
#include <pyrust.h>
#include <malloc.h>
#include <pthread.h>

static long long heap_in_use(void) { return (long long)mallinfo2().uordblks; }

/* Runs `code` cached `runs` times after a warm-up; returns the heap growth in bytes and counts
 * the runs whose output differed from `want`. */
static long long growth_over_runs(const char *code, const char *want, int runs, int *wrong) {
    for (int i = 0; i < 50; i++) pyrust_free(pyrust_execute_cached(code));
    long long before = heap_in_use();
    *wrong = 0;
    for (int i = 0; i < runs; i++) {
        char *out = pyrust_execute_cached(code);
        if (out == NULL || strcmp(out, want) != 0) {
            if (*wrong == 0) fprintf(stderr, "  output: %s\n  error: %s\n", out ? out : "NULL", out ? "" : pyrust_last_error());
            (*wrong)++;
        }
        pyrust_free(out);
    }
    return heap_in_use() - before;
}

/* Every kind of cycle a class-based program makes. */
static const char *cycles_program =
    "class Node:\n"
    "    def __init__(self, parent=None):\n"
    "        self.me = self\n"
    "        self.hook = self.method\n"
    "        self.parent = parent\n"
    "        self.children = []\n"
    "        if parent is not None:\n"
    "            parent.children.append(self)\n"
    "    def method(self):\n"
    "        return len(self.children)\n"
    "class Meta(type):\n"
    "    registry = []\n"
    "    def __init__(cls, name, bases, ns):\n"
    "        super().__init__(name, bases, ns)\n"
    "        Meta.registry.append(cls)\n"
    "class Plugin(metaclass=Meta):\n"
    "    pass\n"
    "class Items(list):\n"
    "    pass\n"
    "root = Node()\n"
    "for i in range(20):\n"
    "    Node(root)\n"
    "items = Items([root])\n"
    "items.append(items)\n"
    "def counter():\n"
    "    def inner():\n"
    "        return inner\n"
    "    return inner\n"
    "f = counter()\n"
    "try:\n"
    "    raise ValueError(root)\n"
    "except ValueError as e:\n"
    "    kept = e\n"
    "print(root.hook(), len(items), len(Meta.registry))\n";

/* 10,000 cached runs of `code` print `want` each time and leave the heap under 64 KB bigger. */
static void expect_no_growth(const char *what, const char *code, const char *want) {
    int wrong;
    long long growth = growth_over_runs(code, want, 10000, &wrong);
    printf("     10,000 runs %s: heap growth %lld B\n", what, growth);
    EXPECT(wrong == 0, "%d runs printed something else", wrong);
    EXPECT(growth < 64 * 1024, "heap grew by %lld B over 10,000 runs", growth);
}

static void body_cycles(void) {
    expect_no_growth("with instance, class, list and closure cycles", cycles_program, "20 2 1\n");
}

/* Generators dropped while suspended, generators that delegate with yield from, a generator
 * that refers to itself, and a generator expression left half consumed. */
static const char *generators_program =
    "def numbers(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "def chain(n):\n"
    "    yield from numbers(n)\n"
    "    yield from numbers(n)\n"
    "class Holder:\n"
    "    def __init__(self):\n"
    "        self.gen = self.run()\n"
    "    def run(self):\n"
    "        yield self\n"
    "total = 0\n"
    "for k in range(50):\n"
    "    g = chain(10)\n"
    "    total += next(g) + next(g)\n"
    "    h = Holder()\n"
    "    next(h.gen)\n"
    "    half = (x * x for x in range(100))\n"
    "    total += next(half)\n"
    "print(total, sum(chain(5)))\n";

static void body_generators(void) {
    expect_no_growth("leaving suspended generators", generators_program, "50 20\n");
}

/* A generator's life: finally blocks run on exhaustion, on close(), and on throw() that is not
 * caught; closing twice is a no-op; a closed generator raises StopIteration. */
static void body_generator_lifecycle(void) {
    const char *code =
        "log = []\n"
        "def g():\n"
        "    try:\n"
        "        yield 1\n"
        "        yield 2\n"
        "    finally:\n"
        "        log.append('finally')\n"
        "a = g()\n"
        "list(a)\n"
        "b = g()\n"
        "next(b)\n"
        "b.close()\n"
        "b.close()\n"
        "c = g()\n"
        "next(c)\n"
        "try:\n"
        "    c.throw(KeyError('k'))\n"
        "except KeyError:\n"
        "    log.append('thrown')\n"
        "try:\n"
        "    next(b)\n"
        "except StopIteration:\n"
        "    log.append('stopped')\n"
        "print(log)\n";
    char *out = pyrust_execute(code);
    EXPECT_STR(out, "['finally', 'finally', 'finally', 'thrown', 'stopped']\n");
    pyrust_free(out);
}

/* A million suspended generators cost heap, not native stack (each holds its frame's values). */
static void body_many_live_generators(void) {
    const char *code =
        "def g(i):\n"
        "    yield i\n"
        "    yield i + 1\n"
        "gens = [g(i) for i in range(1000000)]\n"
        "for x in gens:\n"
        "    next(x)\n"
        "print(sum(next(x) for x in gens))\n";
    char *out = pyrust_execute(code);
    EXPECT_STR(out, "500000500000\n");
    pyrust_free(out);
}

static void *thread_main(void *arg) {
    ((void (*)(void))arg)();
    return NULL;
}

/* Each body runs on its own thread, so its thread cache starts empty. */
static void on_fresh_thread(void (*fn)(void)) {
    pthread_t t;
    if (pthread_create(&t, NULL, thread_main, (void *)fn) != 0) {
        EXPECT(0, "pthread_create failed");
        return;
    }
    pthread_join(t, NULL);
}

static void test_cycles(void) { on_fresh_thread(body_cycles); }
static void test_generators(void) { on_fresh_thread(body_generators); }
static void test_generator_lifecycle(void) { on_fresh_thread(body_generator_lifecycle); }
static void test_many_live_generators(void) { on_fresh_thread(body_many_live_generators); }

int main(void) {
    static const test_case tests[] = {
        {"10,000 runs with cycles through instances, classes, lists, closures: no heap growth", test_cycles},
        {"10,000 runs leaving suspended generators: no heap growth", test_generators},
        {"generator finally on exhaustion, close, throw; closed generators stop", test_generator_lifecycle},
        {"a million live generators", test_many_live_generators},
    };
    return run_tests(tests, TEST_COUNT(tests));
}
