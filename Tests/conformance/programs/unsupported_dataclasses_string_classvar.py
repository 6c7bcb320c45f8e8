# A dataclass annotation written as the string 'ClassVar[int]': CPython looks the name up in
# the class's module, which pyrust cannot do, so it refuses instead of guessing.
from dataclasses import dataclass
@dataclass
class Settings:
    name: str
    count: 'ClassVar[int]' = 0
print(Settings('a'))
