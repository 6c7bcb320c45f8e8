print('héllo wörld ✓ 😀')
'ünïcode ✓'
