# The typing names print as CPython 3.11 prints them, unsubscripted.
import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, Literal, Final, ClassVar, Generic, Protocol,
                    NoReturn, AnyStr, Annotated, TypeVar, Text)

for x in [Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator,
          Generator, Sequence, Mapping, Literal, Final, ClassVar, Generic, Protocol, NoReturn, AnyStr,
          Annotated]:
    print(repr(x), str(x) == repr(x))
print(Text is str, typing.TYPE_CHECKING, typing.Text)
print(typing.Deque, typing.DefaultDict, typing.Counter, typing.OrderedDict, typing.ChainMap)
print(typing.Hashable, typing.Sized, typing.Container, typing.Collection, typing.Reversible)
print(typing.MutableMapping, typing.MutableSequence, typing.MutableSet, typing.AbstractSet)
print(typing.Awaitable, typing.Coroutine, typing.AsyncIterator, typing.ContextManager)
print(List.__name__, Dict._name, Union._name if hasattr(Union, '_name') else None)
