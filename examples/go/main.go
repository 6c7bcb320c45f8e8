// pyrust embedded in Go through cgo: one context per goroutine (contexts are not tied to OS
// threads, and goroutines move between threads), inputs instead of spliced source, results as
// JSON, and a Go function the scripts call.
//
// Build and run (examples/Makefile does this):
//   CGO_CFLAGS="-I$PWD/include" CGO_LDFLAGS="-L$PWD/build -Wl,-rpath,$PWD/build -lpyrust" \
//       go run ./examples/go
package main

/*
#cgo LDFLAGS: -lpyrust
#include <stdlib.h>
#include <pyrust.h>

pyrust_value *go_host_trampoline(pyrust_call *call, const pyrust_value *args, const pyrust_value *kwargs,
                                 void *userdata);
static int add_go_function(pyrust_context *ctx, const char *name) {
    return pyrust_context_add_function(ctx, name, go_host_trampoline, NULL);
}
*/
import "C"

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"sync"
	"unsafe"
)

// The Go host function: discount(tier) -> rate. Unknown tiers raise KeyError in the script.
//
//export goHostFunction
func goHostFunction(call *C.pyrust_call, args *C.pyrust_value, kwargs *C.pyrust_value, userdata unsafe.Pointer) *C.pyrust_value {
	if C.pyrust_value_len(args) != 1 {
		raise(call, "TypeError", "discount() takes exactly one argument")
		return nil
	}
	var n C.size_t
	text := C.pyrust_value_get_text(C.pyrust_value_item(args, 0), &n)
	if text == nil {
		raise(call, "TypeError", "discount() argument must be str")
		return nil
	}
	tier := C.GoStringN(text, C.int(n))
	rates := map[string]float64{"gold": 0.2, "silver": 0.1, "basic": 0}
	rate, ok := rates[tier]
	if !ok {
		raise(call, "KeyError", tier)
		return nil
	}
	return C.pyrust_value_float(C.double(rate))
}

func raise(call *C.pyrust_call, kind, message string) {
	ck, cm := C.CString(kind), C.CString(message)
	defer C.free(unsafe.Pointer(ck))
	defer C.free(unsafe.Pointer(cm))
	C.pyrust_call_raise(call, ck, cm)
}

const rule = `price = sum(i['price'] * i['qty'] for i in order['items'])
round(price * (1 - discount(order['tier'])), 2)`

type outcome struct {
	total float64
	err   string
}

// run evaluates the rule for one order on ctx: the order goes in as a JSON input.
func run(ctx *C.pyrust_context, order map[string]any) outcome {
	data, _ := json.Marshal(order)
	in := C.pyrust_inputs_new()
	defer C.pyrust_inputs_free(in)
	name, doc := C.CString("order"), C.CString(string(data))
	defer C.free(unsafe.Pointer(name))
	defer C.free(unsafe.Pointer(doc))
	if C.pyrust_inputs_set_json(in, name, doc) != 0 {
		return outcome{err: "bad input"}
	}
	code := C.CString(rule)
	defer C.free(unsafe.Pointer(code))
	var r C.pyrust_result
	C.pyrust_context_run(ctx, code, C.size_t(len(rule)), C.PYRUST_RUN_CACHED, in, &r)
	defer C.pyrust_result_free(&r)
	if r.status != C.PYRUST_OK {
		return outcome{err: C.GoString(r.error_type) + ": " + C.GoString(r.error_message)}
	}
	var total float64
	json.Unmarshal([]byte(C.GoStringN(r.result_json, C.int(r.result_json_len))), &total)
	return outcome{total: total}
}

func main() {
	tiers := []string{"gold", "silver", "basic"}
	const workers, perWorker = 8, 2000
	var wg sync.WaitGroup
	sums := make([]float64, workers)
	errs := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			// One context per goroutine; the goroutine may run on any OS thread from call to call.
			ctx := C.pyrust_context_new(nil)
			defer C.pyrust_context_free(ctx)
			fname := C.CString("discount")
			defer C.free(unsafe.Pointer(fname))
			C.add_go_function(ctx, fname)
			for i := 0; i < perWorker; i++ {
				order := map[string]any{
					"tier":  tiers[(w+i)%3],
					"items": []map[string]any{{"price": 10.0 + float64(i%5), "qty": 1 + i%3}},
				}
				o := run(ctx, order)
				if o.err != "" {
					errs[w]++
				}
				sums[w] += o.total
				if i%500 == 0 {
					runtime.Gosched() // invite the scheduler to move this goroutine
				}
			}
		}(w)
	}
	wg.Wait()

	// The same computation in Go, to check every pyrust result.
	var want, got float64
	failures := 0
	for w := 0; w < workers; w++ {
		got += sums[w]
		failures += errs[w]
		for i := 0; i < perWorker; i++ {
			rate := map[string]float64{"gold": 0.2, "silver": 0.1, "basic": 0}[tiers[(w+i)%3]]
			price := (10.0 + float64(i%5)) * float64(1+i%3)
			want += float64(int64(price*(1-rate)*100+0.5)) / 100
		}
	}
	fmt.Printf("%d goroutines x %d orders, one context each: total %.2f (Go computes %.2f), %d errors\n",
		workers, perWorker, got, want, failures)

	// Errors come back in the result, never through thread-local state.
	ctx := C.pyrust_context_new(nil)
	defer C.pyrust_context_free(ctx)
	fname := C.CString("discount")
	defer C.free(unsafe.Pointer(fname))
	C.add_go_function(ctx, fname)
	bad := run(ctx, map[string]any{"tier": "platinum", "items": []map[string]any{}})
	fmt.Println("unknown tier ->", bad.err)
	if failures != 0 || fmt.Sprintf("%.2f", got) != fmt.Sprintf("%.2f", want) || bad.err != "KeyError: 'platinum'" {
		os.Exit(1)
	}
}
