def read_lines(text):
    for line in text.split('\n'):
        print('  read:', repr(line))
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.startswith('#'):
            yield line

def parse_numbers(lines):
    for line in lines:
        for word in line.split():
            if word.lstrip('-').isdigit():
                yield int(word)

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

text = '1 2\n# 100\nx 3\n-4 five 5\n'
pipeline = running_total(parse_numbers(strip_comments(read_lines(text))))
print('built pipeline')
for t in pipeline:
    print('total', t)
print(list(running_total(parse_numbers(['7 8 9']))))
