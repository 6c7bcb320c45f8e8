# an error raised inside exec'd code, uncaught: its frames name "<string>"
def helper():
    exec("def inner():\n    return {}['missing']\ninner()")
helper()
