/* Compile-time proof that the Swift-visible mirrors in pyrust_support.h have exactly the
 * layout of the public structs in include/pyrust.h. */
#include "pyrust_support.h"
#include "pyrust_values.h"
#include "../../include/pyrust.h"

#include <stddef.h>

#define SAME_FIELD(pub, mirror, field) \
    _Static_assert(offsetof(pub, field) == offsetof(mirror, field) && \
                   sizeof(((pub *)0)->field) == sizeof(((mirror *)0)->field), #pub "." #field)

_Static_assert(sizeof(pyrust_cache_stats) == sizeof(pyrust_support_cache_stats), "stats size");
SAME_FIELD(pyrust_cache_stats, pyrust_support_cache_stats, hits);
SAME_FIELD(pyrust_cache_stats, pyrust_support_cache_stats, misses);
SAME_FIELD(pyrust_cache_stats, pyrust_support_cache_stats, inserts);
SAME_FIELD(pyrust_cache_stats, pyrust_support_cache_stats, evictions);
SAME_FIELD(pyrust_cache_stats, pyrust_support_cache_stats, size);
SAME_FIELD(pyrust_cache_stats, pyrust_support_cache_stats, capacity);
SAME_FIELD(pyrust_cache_stats, pyrust_support_cache_stats, bytes);
SAME_FIELD(pyrust_cache_stats, pyrust_support_cache_stats, hit_rate);

_Static_assert(sizeof(pyrust_result) == sizeof(pyrust_support_result_ext), "result size");
_Static_assert(offsetof(pyrust_result, result_json) == sizeof(pyrust_support_result), "0.2.0 fields first");
_Static_assert(sizeof(pyrust_support_result) == 80 && sizeof(pyrust_result) == 128, "sizes pyrust.h documents");
SAME_FIELD(pyrust_result, pyrust_support_result, layout);
SAME_FIELD(pyrust_result, pyrust_support_result, status);
SAME_FIELD(pyrust_result, pyrust_support_result, error_line);
SAME_FIELD(pyrust_result, pyrust_support_result, error_col);
SAME_FIELD(pyrust_result, pyrust_support_result, output);
SAME_FIELD(pyrust_result, pyrust_support_result, output_len);
SAME_FIELD(pyrust_result, pyrust_support_result, error_type);
SAME_FIELD(pyrust_result, pyrust_support_result, error_message);
SAME_FIELD(pyrust_result, pyrust_support_result, traceback);
SAME_FIELD(pyrust_result, pyrust_support_result, error_output);
SAME_FIELD(pyrust_result, pyrust_support_result, error_output_len);
SAME_FIELD(pyrust_result, pyrust_support_result, exit_code);

SAME_FIELD(pyrust_result, pyrust_support_result_ext, result_json);
SAME_FIELD(pyrust_result, pyrust_support_result_ext, result_json_len);
SAME_FIELD(pyrust_result, pyrust_support_result_ext, result_json_error);
SAME_FIELD(pyrust_result, pyrust_support_result_ext, value);
SAME_FIELD(pyrust_result, pyrust_support_result_ext, globals_json);
SAME_FIELD(pyrust_result, pyrust_support_result_ext, globals_json_len);

_Static_assert(sizeof(pyrust_options) == sizeof(pyrust_support_options), "options size");
SAME_FIELD(pyrust_options, pyrust_support_options, size);
SAME_FIELD(pyrust_options, pyrust_support_options, cache_capacity);
SAME_FIELD(pyrust_options, pyrust_support_options, limits);
_Static_assert(sizeof(pyrust_call) >= sizeof(void *), "call handle");

_Static_assert(sizeof(pyrust_limits) == sizeof(pyrust_support_limits), "limits size");
SAME_FIELD(pyrust_limits, pyrust_support_limits, size);
SAME_FIELD(pyrust_limits, pyrust_support_limits, max_depth);
SAME_FIELD(pyrust_limits, pyrust_support_limits, max_instructions);
SAME_FIELD(pyrust_limits, pyrust_support_limits, timeout_ms);
SAME_FIELD(pyrust_limits, pyrust_support_limits, max_output);
SAME_FIELD(pyrust_limits, pyrust_support_limits, cancel);
_Static_assert(offsetof(pyrust_cancel_token, requested) == 0, "cancel token flag first");

/* A translation unit must declare something; this keeps -Wpedantic quiet. */
typedef int pyrust_abi_check_unit;
