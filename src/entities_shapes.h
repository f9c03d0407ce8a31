/* entities_shapes.h: the shapes of names (entities_shapes.c). */
#ifndef PARTYLINE_ENTITIES_SHAPES_H
#define PARTYLINE_ENTITIES_SHAPES_H

#include "entities_int.h"

/* The patterns, and this thread's match data. */
void entities_compile(void);

/* Group g of the last match as units [*a, *b); 0 if it did not take part. */
int entities_group(int g, uint32_t *a, uint32_t *b);

/* A name found in units [a, b), which it claims. */
struct found *entities_found(struct ent *en, uint32_t a, uint32_t b,
    enum cand_what w, enum ent_type t);

/* Go on looking for shapes after unit u, not after the whole match. */
void entities_resume(uint32_t u);

/* Run every shape in order of trust. */
void entities_shapes(struct ent *en);

#endif
