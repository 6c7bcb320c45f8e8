total = (1 +
    2 +
    3)
[total,
 total * 2,
 'three']
