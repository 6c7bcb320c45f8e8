// heapq, written in Python (compiled once per thread on first import): merge, nlargest and
// nsmallest here, the heap operations from _heapq (Swift). nlargest/nsmallest keep CPython's
// algorithm (a bounded heap of (item, order) pairs) because which of several equal items they
// return, and which comparisons they make, is observable.

extension LibrarySource {
    static let heapq = #"""
"""Heap queue algorithm (a.k.a. priority queue)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapify_max, _heapreplace_max


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    # Entries are [sort key, input number, (value,) iterator]: the input number breaks ties, so
    # equal items come out in input order and values are never compared beyond their keys.
    heap = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            if key is None:
                heap.append([value, number * direction, it])
            else:
                heap.append([key(value), number * direction, value, it])
            break
    make_heap(heap)
    if key is None:
        while len(heap) > 1:
            entry = heap[0]
            yield entry[0]
            for value in entry[2]:
                entry[0] = value
                replace(heap, entry)
                break
            else:
                pop(heap)
        if heap:
            yield heap[0][0]
            yield from heap[0][2]
        return
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        yield heap[0][2]
        yield from heap[0][3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        if key is None:
            best = min(iter(iterable), default=missing)
        else:
            best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    # A max-heap of the n smallest so far; the counter keeps equal items in input order.
    if key is None:
        kept = [(value, i) for i, value in zip(range(n), it)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        counter = n
        for value in it:
            if value < worst:
                _heapreplace_max(kept, (value, counter))
                worst = kept[0][0]
                counter += 1
        kept.sort()
        return [entry[0] for entry in kept]
    kept = [(key(value), i, value) for i, value in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    counter = n
    for value in it:
        k = key(value)
        if k < worst:
            _heapreplace_max(kept, (k, counter, value))
            worst = kept[0][0]
            counter += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        if key is None:
            best = max(iter(iterable), default=missing)
        else:
            best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    # A min-heap of the n largest so far; the counter counts down so that, sorted in reverse,
    # equal items stay in input order.
    if key is None:
        kept = [(value, i) for i, value in zip(range(0, -n, -1), it)]
        if not kept:
            return kept
        heapify(kept)
        worst = kept[0][0]
        counter = -n
        for value in it:
            if worst < value:
                heapreplace(kept, (value, counter))
                worst = kept[0][0]
                counter -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]
    kept = [(key(value), i, value) for i, value in zip(range(0, -n, -1), it)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    counter = -n
    for value in it:
        k = key(value)
        if worst < k:
            heapreplace(kept, (k, counter, value))
            worst = kept[0][0]
            counter -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
"""#
}
