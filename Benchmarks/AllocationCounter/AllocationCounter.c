// A malloc-counting interposer for policy-bench: every heap allocation of the process goes
// through these wrappers, which count it and forward to glibc. Linked only into policy-bench.

#include "AllocationCounter.h"

#if defined(__linux__) && defined(__GLIBC__)

#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void __libc_free(void *pointer);
extern void *__libc_memalign(size_t alignment, size_t size);

static _Atomic uint64_t allocations = 0;

static inline void count_one(void) { atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed); }

void *malloc(size_t size) {
    count_one();
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size) {
    count_one();
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size) {
    count_one();
    return __libc_realloc(pointer, size);
}

void free(void *pointer) { __libc_free(pointer); }

void *memalign(size_t alignment, size_t size) {
    count_one();
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
    count_one();
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) return EINVAL;
    count_one();
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL) return ENOMEM;
    *result = pointer;
    return 0;
}

void *valloc(size_t size) {
    count_one();
    return __libc_memalign(4096, size);
}

uint64_t spk_allocation_count(void) { return atomic_load_explicit(&allocations, memory_order_relaxed); }

int spk_allocation_counter_active(void) {
    // Through volatile pointers so that the compiler cannot remove the pair.
    void *(*volatile allocate)(size_t) = malloc;
    void (*volatile release)(void *) = free;
    uint64_t before = spk_allocation_count();
    release(allocate(16));
    return spk_allocation_count() > before;
}

#else

uint64_t spk_allocation_count(void) { return 0; }

int spk_allocation_counter_active(void) { return 0; }

#endif
