# A tiny stack virtual machine: an assembler (generator), instruction classes, a VM with
# call frames, and runtime errors reported with the failing instruction.
class VMError(Exception):
    def __init__(self, msg, pc=None):
        super().__init__(msg if pc is None else '%s (pc=%d)' % (msg, pc))
        self.pc = pc

class Instr:
    __match_args__ = ('op', 'arg')
    def __init__(self, op, arg=None):
        self.op, self.arg = op, arg
    def __repr__(self):
        return self.op if self.arg is None else '%s %r' % (self.op, self.arg)

def assemble(text):
    labels, pending = {}, []
    for line in text.strip().split('\n'):
        line = line.split('#')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(pending)
            continue
        op, _, arg = line.partition(' ')
        pending.append((op.upper(), arg.strip() or None))
    for op, arg in pending:
        if arg is not None and arg.lstrip('-').isdigit():
            arg = int(arg)
        elif arg is not None:
            if arg not in labels:
                raise VMError('unknown label %r' % arg)
            arg = labels[arg]
        yield Instr(op, arg)

class VM:
    def __init__(self, program, trace=False):
        self.program = list(program)
        self.stack, self.calls, self.out = [], [], []
        self.trace = trace
        self.steps = 0

    def pop(self, pc):
        if not self.stack:
            raise VMError('stack underflow', pc)
        return self.stack.pop()

    def run(self, limit=10000):
        pc = 0
        while pc < len(self.program):
            self.steps += 1
            if self.steps > limit:
                raise VMError('step limit exceeded', pc)
            ins = self.program[pc]
            if self.trace:
                print('  %3d %-10r %r' % (pc, ins, self.stack))
            pc += 1
            match ins:
                case Instr('PUSH', n):
                    self.stack.append(n)
                case Instr('ADD' | 'SUB' | 'MUL' | 'DIV' | 'LT' as op):
                    b, a = self.pop(pc - 1), self.pop(pc - 1)
                    if op == 'DIV' and b == 0:
                        raise VMError('division by zero', pc - 1)
                    self.stack.append({'ADD': a + b, 'SUB': a - b, 'MUL': a * b,
                                       'DIV': a // b if b else 0, 'LT': int(a < b)}[op])
                case Instr('DUP'):
                    v = self.pop(pc - 1)
                    self.stack += [v, v]
                case Instr('SWAP'):
                    b, a = self.pop(pc - 1), self.pop(pc - 1)
                    self.stack += [b, a]
                case Instr('ROT'):
                    c, b, a = self.pop(pc - 1), self.pop(pc - 1), self.pop(pc - 1)
                    self.stack += [b, c, a]
                case Instr('JMP', target):
                    pc = target
                case Instr('JZ', target):
                    if self.pop(pc - 1) == 0:
                        pc = target
                case Instr('CALL', target):
                    self.calls.append(pc)
                    pc = target
                case Instr('RET'):
                    if not self.calls:
                        raise VMError('return outside call', pc - 1)
                    pc = self.calls.pop()
                case Instr('PRINT'):
                    self.out.append(self.pop(pc - 1))
                case Instr('HALT'):
                    break
                case _:
                    raise VMError('bad instruction %r' % (ins,), pc - 1)
        return self.out

factorial = '''
    push 1
    push 6          # n
loop:
    dup
    jz done
    dup
    call mul_acc
    push 1
    sub
    jmp loop
done:
    swap
    print
    halt
mul_acc:            # stack: acc n n -> acc*n n
    rot             # n n acc
    mul             # n n*acc
    swap
    ret
'''
prog = list(assemble('push 2\npush 3\nadd\ndup\nmul\nprint'))
print(prog)
print(VM(prog, trace=True).run())
print(VM(assemble('push 10\npush 3\nsub\nprint\npush 7\npush 2\ndiv\nprint\npush 1\npush 2\nlt\nprint')).run())
countdown = 'push 3\ntop:\ndup\nprint\npush 1\nsub\ndup\njz end\njmp top\nend:\nhalt'
print(VM(assemble(countdown)).run())
for src in ['add', 'push 1\npush 0\ndiv', 'ret', 'jmp nowhere', 'spin:\njmp spin', 'push 1\nfrob']:
    try:
        vm = VM(assemble(src))
        print(vm.run(limit=50))
    except VMError as e:
        print('VMError', e, '| pc =', e.pc)
vm = VM(assemble(factorial))
print(vm.run(), vm.steps)
VM(assemble('push 1\nprint\nprint')).run()
