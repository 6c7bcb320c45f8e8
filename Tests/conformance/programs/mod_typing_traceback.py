# Annotations are never checked: a wrong value flows on until real code trips over it.
from typing import List, Dict, Optional

def average(values: List[float]) -> float:
    return sum(values) / len(values)

def lookup(table: Dict[str, int], key: str) -> Optional[int]:
    return table.get(key)

print(average([1, 2, 3]), lookup({'a': 1}, 'a'), lookup({}, 'b'))
print(average((4, 5)), lookup({1: 2}, 1))
average('oops')
