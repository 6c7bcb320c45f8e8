class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def _get_area(self):
        return self.w * self.h
    def _set_area(self, a):
        ratio = (a / self.area) ** 0.5
        self.w *= ratio
        self.h *= ratio
    area = property(_get_area, _set_area, None, 'area of the rectangle')
    @property
    def dims(self):
        return (self.w, self.h)
    @dims.setter
    def dims(self, wh):
        self.w, self.h = wh

r = Rect(2, 8)
print(r.area, r.dims)
r.area = 64
print(r.dims, r.area)
r.dims = (3, 3)
print(r.area, Rect.area.__doc__)
try:
    r.dims = 5
except TypeError as e:
    print('TypeError', e)
try:
    del r.area
except AttributeError as e:
    print('AttributeError', e)
try:
    r.dims = (1, 2, 3)
except ValueError as e:
    print('ValueError', e)
