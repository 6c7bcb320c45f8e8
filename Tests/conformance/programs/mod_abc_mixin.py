# An ABC providing template methods over abstract hooks; partial implementations stay abstract.
from abc import ABC, abstractmethod
class Exporter(ABC):
    def export(self, rows):
        out = [self.header()]
        out += [self.row(r) for r in rows]
        out.append(self.footer())
        return '\n'.join(x for x in out if x)
    @abstractmethod
    def row(self, r):
        ...
    def header(self):
        return ''
    def footer(self):
        return ''
class CSV(Exporter):
    def header(self):
        return 'name,qty'
    def row(self, r):
        return ','.join(map(str, r))
class Markdown(CSV):
    def header(self):
        return '| name | qty |'
    def row(self, r):
        return '| ' + ' | '.join(map(str, r)) + ' |'
    def footer(self):
        return f'({type(self).__name__})'
rows = [('apple', 3), ('pear', 5)]
for cls in (CSV, Markdown):
    print(cls().export(rows))
print(Exporter.__abstractmethods__, CSV.__abstractmethods__, issubclass(Markdown, Exporter))
try:
    Exporter()
except TypeError as e:
    print(e)
print(Markdown.__mro__)
