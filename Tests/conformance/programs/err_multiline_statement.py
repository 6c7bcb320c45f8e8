values = [
    1,
    2,
]
result = (values[0] +
          values[1] +
          values[5])
