name, n, x = 'Ann', 42, 3.14159
print(f'{name} has {n} items', f'{n + 1}', f'{name!r}', f'{name!s}', f'{x}', f'{[1, 2]}', f'{None}')
print(f'{{braces}} {n}', f'{"quoted"}', f"{'single'}", f'{n * 2 if n else 0}', f'{len(name)}')
print(f'{n=}', f'{x = }', f'{name=!s}', f'{1 + 1=}')
d = {'k': 'v'}
print(f'{d["k"]}', f"{d['k']}", f'{d}', f'{(lambda: 5)()}', f'{n:{"x"}}', f'{"nested {n}"}')
print(f'''triple {name}''', f'multi' f'part {n}', 'plain ' f'{n}', rf'raw\n{n}', fr'{n}\t')
width = 8
print(f'{name:>{width}}|', f'{x:.{2}f}', f'{n:{width}d}|')
