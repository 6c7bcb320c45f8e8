// The C side of the Go host function: pyrust calls this with the C signature it expects
// (pyrust_host_fn); it hands over to the Go function exported from main.go.
#include <pyrust.h>
#include "_cgo_export.h"

pyrust_value *go_host_trampoline(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs,
                                 void *userdata) {
    return goHostFunction(call, (pyrust_value *)args, (pyrust_value *)kwargs, userdata);
}
