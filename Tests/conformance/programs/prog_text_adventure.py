# A text adventure driven by a scripted list of commands, parsed with match.
class GameOver(Exception):
    pass

class Room:
    def __init__(self, name, description, items=()):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = {}
        self.locked = {}

    def connect(self, direction, room, locked_by=None):
        self.exits[direction] = room
        if locked_by:
            self.locked[direction] = locked_by

    def __repr__(self):
        return 'Room(%r)' % self.name

class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0

    def go(self, direction):
        if direction not in self.room.exits:
            return "You can't go %s." % direction
        key = self.room.locked.get(direction)
        if key and key not in self.inventory:
            return 'The way %s is locked. You need the %s.' % (direction, key)
        self.room = self.room.exits[direction]
        self.moves += 1
        if self.room.name == 'treasury':
            raise GameOver('You found the treasure in %d moves!' % self.moves)
        return self.look()

    def look(self):
        text = '%s: %s' % (self.room.name.title(), self.room.description)
        if self.room.items:
            text += ' You see: ' + ', '.join(self.room.items) + '.'
        return text + ' Exits: ' + ', '.join(sorted(self.room.exits)) + '.'

    def take(self, item):
        if item not in self.room.items:
            return 'There is no %s here.' % item
        self.room.items.remove(item)
        self.inventory.append(item)
        return 'Taken: %s.' % item

    def drop(self, item):
        if item not in self.inventory:
            return "You don't have %s." % item
        self.inventory.remove(item)
        self.room.items.append(item)
        return 'Dropped: %s.' % item

hall = Room('hall', 'A dusty hall.', ['lamp'])
library = Room('library', 'Shelves of old books.', ['book', 'brass key'])
cellar = Room('cellar', 'Cold and dark.')
treasury = Room('treasury', 'Gold everywhere.')
hall.connect('north', library)
library.connect('south', hall)
hall.connect('down', cellar)
cellar.connect('up', hall)
cellar.connect('east', treasury, locked_by='brass key')

def execute(player, line):
    match line.lower().split():
        case ['look' | 'l']:
            return player.look()
        case ['go', direction] | [('north' | 'south' | 'east' | 'west' | 'up' | 'down') as direction]:
            return player.go(direction)
        case ['take', *words] if words:
            return player.take(' '.join(words))
        case ['drop', *words] if words:
            return player.drop(' '.join(words))
        case ['inventory' | 'i']:
            return 'You carry: ' + (', '.join(player.inventory) or 'nothing') + '.'
        case []:
            return 'Say something.'
        case [verb, *_]:
            return "I don't know how to %r." % verb

script = ['look', 'take lamp', 'down', 'east', 'up', 'north', 'take brass key',
          'take sword', 'i', 'drop lamp', 'dance wildly', '', 'go west', 'south', 'down',
          'inventory', 'go east', 'look']
p = Player(hall)
try:
    for line in script:
        print('>', line)
        print(execute(p, line))
except GameOver as win:
    print('*** ' + str(win))
print('final room:', p.room, 'inventory:', p.inventory, 'library items:', library.items)
execute(p, 'take')
