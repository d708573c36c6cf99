/* pdqsort.h: Go 1.19's unstable sort (pattern-defeating quicksort, Go's
 * sort/zsortfunc.go), written once over an abstract collection that is
 * reached only through less(ctx, i, j) and swap(ctx, i, j), like Go's
 * Interface. Private to sort.c.
 *
 * Why Go's exact algorithm: sort.Sort and sort.Slice are not stable, so
 * the final order of elements that compare equal is whatever the
 * algorithm's sequence of Less and Swap calls makes it, and programs
 * print it (ties when sorting by a key). Doing the same calls in the same
 * order gives Go's output. The one change is that the recursion into the
 * smaller side becomes an explicit stack of the larger sides' loop
 * states; the calls stay in Go's order (the smaller side is finished
 * before the loop goes on), and the depth stays below 64 because each
 * pushed side is at least as long as the one sorted next.
 *
 * Speed: every function here is always_inline, so each caller in sort.c
 * gets its own copy in which less and swap are known functions: for
 * []int they become a compare and two stores, for sort.Slice one
 * closure call and an element exchange, for sort.Sort two method calls
 * found once per sort rather than per call. */
#ifndef STDLIB_SORT_PDQSORT_H
#define STDLIB_SORT_PDQSORT_H

#include <stdbool.h>
#include <stdint.h>

#define PDQ_INLINE static inline __attribute__((always_inline))

typedef bool (*pdq_less_fn)(void *ctx, int64_t i, int64_t j);
typedef void (*pdq_swap_fn)(void *ctx, int64_t i, int64_t j);

enum { PDQ_UNKNOWN, PDQ_INCREASING, PDQ_DECREASING };

PDQ_INLINE void pdq_insertion(void *c, pdq_less_fn less, pdq_swap_fn swap,
                              int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && less(c, j, j - 1); j--)
            swap(c, j, j - 1);
}

PDQ_INLINE void pdq_sift_down(void *c, pdq_less_fn less, pdq_swap_fn swap,
                              int64_t root, int64_t hi, int64_t first) {
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi)
            return;
        if (child + 1 < hi && less(c, first + child, first + child + 1))
            child++;
        if (!less(c, first + root, first + child))
            return;
        swap(c, first + root, first + child);
        root = child;
    }
}

PDQ_INLINE void pdq_heapsort(void *c, pdq_less_fn less, pdq_swap_fn swap,
                             int64_t a, int64_t b) {
    int64_t hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--)
        pdq_sift_down(c, less, swap, i, hi, a);
    for (int64_t i = hi - 1; i >= 0; i--) {
        swap(c, a, a + i);
        pdq_sift_down(c, less, swap, 0, i, a);
    }
}

/* Orders the indexes *x <= *y by their elements, counting the exchange. */
PDQ_INLINE void pdq_order2(void *c, pdq_less_fn less, int64_t *x, int64_t *y,
                           int *swaps) {
    if (less(c, *y, *x)) {
        int64_t t = *x;
        *x = *y;
        *y = t;
        (*swaps)++;
    }
}

PDQ_INLINE int64_t pdq_median(void *c, pdq_less_fn less, int64_t x, int64_t y,
                              int64_t z, int *swaps) {
    pdq_order2(c, less, &x, &y, swaps);
    pdq_order2(c, less, &y, &z, swaps);
    pdq_order2(c, less, &x, &y, swaps);
    return y;
}

/* The pivot index; *hint says whether the samples looked sorted either way. */
PDQ_INLINE int64_t pdq_choose_pivot(void *c, pdq_less_fn less, int64_t a,
                                    int64_t b, int *hint) {
    int64_t l = b - a, i = a + l / 4, j = a + l / 4 * 2, k = a + l / 4 * 3;
    int swaps = 0;
    if (l >= 8) {
        if (l >= 50) { /* Tukey's ninther */
            i = pdq_median(c, less, i - 1, i, i + 1, &swaps);
            j = pdq_median(c, less, j - 1, j, j + 1, &swaps);
            k = pdq_median(c, less, k - 1, k, k + 1, &swaps);
        }
        j = pdq_median(c, less, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? PDQ_INCREASING : swaps == 12 ? PDQ_DECREASING : PDQ_UNKNOWN;
    return j;
}

PDQ_INLINE void pdq_reverse(void *c, pdq_swap_fn swap, int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--)
        swap(c, i, j);
}

/* Insertion sort that gives up after 5 shifted elements; true: sorted. */
PDQ_INLINE bool pdq_partial_insertion(void *c, pdq_less_fn less, pdq_swap_fn swap,
                                      int64_t a, int64_t b) {
    int64_t i = a + 1;
    for (int step = 0; step < 5; step++) {
        while (i < b && !less(c, i, i - 1))
            i++;
        if (i == b)
            return true;
        if (b - a < 50)
            return false;
        swap(c, i, i - 1);
        if (i - a >= 2)
            for (int64_t j = i - 1; j >= 1 && less(c, j, j - 1); j--)
                swap(c, j, j - 1);
        if (b - i >= 2)
            for (int64_t j = i + 1; j < b && less(c, j, j - 1); j++)
                swap(c, j, j - 1);
    }
    return false;
}

/* Scatters three middle elements with Go's xorshift seeded by the length. */
PDQ_INLINE void pdq_break_patterns(void *c, pdq_swap_fn swap, int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length < 8)
        return;
    uint64_t r = (uint64_t)length;
    uint64_t modulus = (uint64_t)1 << (64 - __builtin_clzll((uint64_t)length));
    for (int64_t idx = a + length / 4 * 2 - 1; idx <= a + length / 4 * 2 + 1; idx++) {
        r ^= r << 13;
        r ^= r >> 17;
        r ^= r << 5;
        int64_t other = (int64_t)(r & (modulus - 1));
        if (other >= length)
            other -= length;
        swap(c, idx, a + other);
    }
}

/* Partitions [a,b) around the element at pivot; returns its final index.
 * *done: nothing needed to move. */
PDQ_INLINE int64_t pdq_partition(void *c, pdq_less_fn less, pdq_swap_fn swap,
                                 int64_t a, int64_t b, int64_t pivot, bool *done) {
    swap(c, a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && less(c, i, a))
        i++;
    while (i <= j && !less(c, j, a))
        j--;
    *done = i > j;
    while (i <= j) {
        swap(c, i, j);
        i++;
        j--;
        while (i <= j && less(c, i, a))
            i++;
        while (i <= j && !less(c, j, a))
            j--;
    }
    swap(c, j, a);
    return j;
}

/* Moves the elements equal to the pivot (none is less) to the front;
 * returns where the greater ones start. */
PDQ_INLINE int64_t pdq_partition_equal(void *c, pdq_less_fn less, pdq_swap_fn swap,
                                       int64_t a, int64_t b, int64_t pivot) {
    swap(c, a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !less(c, a, i))
            i++;
        while (i <= j && less(c, a, j))
            j--;
        if (i > j)
            return i;
        swap(c, i, j);
        i++;
        j--;
    }
}

/* Sorts elements [0,n). */
PDQ_INLINE void pdq_sort(void *c, pdq_less_fn less, pdq_swap_fn swap, int64_t n) {
    struct { int64_t a, b; int limit; bool balanced, partitioned; } stack[64];
    int top = 0;
    int64_t a = 0, b = n;
    int limit = n > 0 ? 64 - __builtin_clzll((uint64_t)n) : 0;
    bool balanced = true, partitioned = true;
    for (;;) {
        int64_t length = b - a;
        if (length <= 12 || limit == 0) {
            if (length <= 12)
                pdq_insertion(c, less, swap, a, b);
            else
                pdq_heapsort(c, less, swap, a, b);
            if (top == 0)
                return;
            top--;
            a = stack[top].a, b = stack[top].b, limit = stack[top].limit;
            balanced = stack[top].balanced, partitioned = stack[top].partitioned;
            continue;
        }
        if (!balanced) {
            pdq_break_patterns(c, swap, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = pdq_choose_pivot(c, less, a, b, &hint);
        if (hint == PDQ_DECREASING) {
            pdq_reverse(c, swap, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = PDQ_INCREASING;
        }
        if (balanced && partitioned && hint == PDQ_INCREASING &&
            pdq_partial_insertion(c, less, swap, a, b)) {
            b = a; /* sorted: finish it as an empty range */
            continue;
        }
        if (a > 0 && !less(c, a - 1, pivot)) {
            a = pdq_partition_equal(c, less, swap, a, b, pivot);
            continue;
        }
        int64_t mid = pdq_partition(c, less, swap, a, b, pivot, &partitioned);
        int64_t threshold = length / 8;
        stack[top].limit = limit;
        stack[top].partitioned = partitioned;
        if (mid - a < b - mid) {
            stack[top].balanced = mid - a >= threshold;
            stack[top].a = mid + 1, stack[top].b = b;
            b = mid;
        } else {
            stack[top].balanced = b - mid >= threshold;
            stack[top].a = a, stack[top].b = mid;
            a = mid + 1;
        }
        top++;
        balanced = partitioned = true; /* the smaller side starts afresh */
    }
}

#endif
