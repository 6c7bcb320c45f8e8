def cleanup():
    raise RuntimeError('cleanup failed')
def work():
    try:
        [].pop()
    except IndexError:
        cleanup()
work()
