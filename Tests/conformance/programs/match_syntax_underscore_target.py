match 1:
    case int() as _:
        pass
