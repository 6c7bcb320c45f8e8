# pyrust stores str as UTF-8, which cannot hold a lone surrogate: it must refuse, not change it.
print('\udc80')
