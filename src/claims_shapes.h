/* claims_shapes.h: the shapes of claims around a cue (claims_shapes.c). */
#ifndef PARTYLINE_CLAIMS_SHAPES_H
#define PARTYLINE_CLAIMS_SHAPES_H

#include "claims_int.h"

/* Add a claim; spans are token ranges [a, b]. */
struct claim *claims_add(struct claims *c, enum claim_kind kind, size_t ca,
    size_t cb, size_t xa, size_t xb);

/* Make tokens [a, b] the source of claim cl. */
void claims_set_source(struct claims *c, struct claim *cl, size_t a, size_t b);

/*
 * After "According to X, A said B": the claims the scan found in the
 * content are absorbed into the leading claim, as in the trailing form.
 */
void claims_absorb_lead(struct claims *c);

/* Try the shapes around the cue at token k; add the claim of the first. */
int claims_shapes_try(struct claims *c, size_t k, const struct cue_hit *h);

#endif
