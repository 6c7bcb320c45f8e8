# keyword.kwlist and keyword.softkwlist.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist), type(keyword.kwlist).__name__)
print(keyword.kwlist == sorted(keyword.kwlist), 'print' in keyword.kwlist, 'match' in keyword.softkwlist)
print(sorted(keyword.__all__))
print([k for k in keyword.kwlist if k[0].isupper()], [k for k in keyword.kwlist if len(k) == 2])
