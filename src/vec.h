/*
 * vec.h: growable arrays. VEC(T) declares {T *v; size_t n, cap;}. Growth
 * doubles, so appends are amortised O(1) and the hot path allocates rarely.
 */
#ifndef PARTYLINE_VEC_H
#define PARTYLINE_VEC_H

#include <stdlib.h>

#define VEC(T) struct { T *v; size_t n, cap; }

void *vec_grow(void *v, size_t *cap, size_t need, size_t size);

/* Append one zeroed-or-garbage element; evaluates to a pointer to it. */
#define VEC_PUSH(a) \
	((a).n < (a).cap ? 0 : \
	 ((a).v = vec_grow((a).v, &(a).cap, (a).n + 1, sizeof *(a).v), 0), \
	 &(a).v[(a).n++])

#define VEC_FREE(a) do { free((a).v); (a).v = NULL; (a).n = (a).cap = 0; } while (0)

#endif
