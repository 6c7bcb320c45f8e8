// The services builtins and methods may ask of the interpreter (repr, str, calls, iteration,
// comparisons). Declared here so the object files need only this page.

extension VM {
    // Implemented in VM/Repr.swift, VM/Operators.swift, VM/Calls.swift, VM/Iteration.swift:
    //   func repr(_ v: Value) throws(PyError) -> PyStr
    //   func str(_ v: Value) throws(PyError) -> PyStr
    //   func call(_ callable: Value, _ args: [Value]) throws(PyError) -> Value
    //   func toArray(_ iterable: Value) throws(PyError) -> [Value]      // list(iterable)
    //   func lessThan(_ a: Value, _ b: Value) throws(PyError) -> Bool  // a < b, for sort/min/max
    //   func truthy(_ v: Value) throws(PyError) -> Bool
}
// Free functions (Objects/Equality.swift):
//   func pyEquals(_ a: Value, _ b: Value) throws(PyError) -> Bool
//   func pyHash(_ v: Value) throws(PyError) -> Int
//   func typeOf(_ v: Value) -> PyType
