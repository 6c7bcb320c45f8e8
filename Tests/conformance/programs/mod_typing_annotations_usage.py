# A small program annotated throughout with typing forms; values of any type pass through.
from typing import Dict, List, Optional, Tuple, Callable, Iterator, Union, TypeVar, Generic, NamedTuple

T = TypeVar('T')
Handler = Callable[[str], int]

class Item(NamedTuple):
    name: str
    qty: int = 1

class Inventory(Generic[T]):
    def __init__(self) -> None:
        self.items: Dict[str, T] = {}

    def add(self, key: str, value: T) -> None:
        self.items[key] = value

    def find(self, key: str) -> Optional[T]:
        return self.items.get(key)

    def __iter__(self) -> Iterator[Tuple[str, T]]:
        return iter(sorted(self.items.items()))

def apply(handler: Handler, words: List[str]) -> List[int]:
    return [handler(w) for w in words]

inv: Inventory[Item] = Inventory[Item]()
inv.add('apple', Item('apple', 3))
inv.add('pear', Item('pear'))
inv.add('oops', 'not an item')
print(inv.find('apple'), inv.find('kiwi'), list(inv))
print(apply(len, ['a', 'bcd']), apply(lambda s: s.count('a'), ['banana']))
total: Union[int, float] = sum(i.qty for k, i in inv if isinstance(i, Item))
print(total, Inventory.add.__annotations__, apply.__annotations__['handler'])
print(__annotations__ if False else sorted(Inventory.__init__.__annotations__))
