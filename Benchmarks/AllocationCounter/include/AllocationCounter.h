#ifndef ALLOCATION_COUNTER_H
#define ALLOCATION_COUNTER_H

#include <stdint.h>

/// The number of heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc,
/// memalign, valloc) made by the process since it started.
///
/// Counting works by interposing the C allocator: policy-bench defines these functions, and
/// the dynamic linker binds every library's calls to them. Each wrapper bumps an atomic
/// counter and calls glibc's own implementation (`__libc_malloc` …).
uint64_t spk_allocation_count(void);

/// Whether the counter sees allocations: a self-test that allocates once through `malloc`
/// and checks that the count moved. 0 off glibc, where the count stays 0.
int spk_allocation_counter_active(void);

#endif
