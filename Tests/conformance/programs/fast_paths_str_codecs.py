# str.encode / bytes.decode fast paths: default and common codec names read without
# normalising, valid input copied in one piece; errors and odd names take the full path.
texts = ["", "hello", "naïve café", "日本語", "€uro", "a😀b", "\x7f\x80\xff"]
for t in texts:
    b = t.encode()
    print(b, b.decode(), t.encode("utf-8") == b, b.decode("UTF8") == t, len(b.decode("utf_8")))
for name in ["utf-8", "UTF-8", "Utf_8", "utf8", "U8", "-utf8", " utf-8 ", "ascii", "ASCII", "latin-1",
             "Latin1", "latin_1", "iso-8859-1", "us-ascii", "utf-8-", "utf--8", "utf:8"]:
    try:
        print(name, "abc".encode(name), b"abc".decode(name), "\xe9".encode(name), b"\xc3\xa9".decode(name))
    except Exception as e:
        print(name, type(e).__name__, e)
bad = [b"\xff", b"a\xc3", b"\xc3(", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98",
       b"ok\x80ok", b"\xc0\xaf", b"\xf5\x80\x80\x80", b"abcdefgh\x80"]
for b in bad:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b.decode("utf-8", errors))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e, e.start, e.end)
for b in [b"abc\x80", b"\xe9t\xe9"]:
    print(b.decode("latin-1"), end=" ")
    try:
        print(b.decode("ascii"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
for call in [lambda: "x".encode(1), lambda: b"x".decode(None), lambda: "x".encode("utf-8", "strict", 1),
             lambda: b"x".decode("utf-8", errors=3), lambda: "é".encode("ascii"), lambda: "x".encode("nope"),
             lambda: b"x".decode(encoding="ascii", errors="bogus"), lambda: "é".encode(errors="bogus"),
             lambda: "é".encode("ascii", "bogus"), lambda: "é".encode(encoding="latin-1"),
             lambda: str(b"caf\xc3\xa9", "utf-8"), lambda: str(b"\xff", "utf-8", "replace"),
             lambda: bytes("héllo", "utf-8"), lambda: bytearray("é", "latin1"), lambda: b"".decode("nope")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
