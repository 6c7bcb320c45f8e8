data = ['1', '2', 'three']
nums = [int(s) for s in data]
