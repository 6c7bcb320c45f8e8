if True:
	print('tab indented')
	if True:
		print('two tabs')
print('done')
