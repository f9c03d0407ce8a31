/*
 * parties.h: the last stage: the claims in text order and the party list
 * (doc->parties) from entities and claims.
 */
#ifndef PARTYLINE_PARTIES_H
#define PARTYLINE_PARTIES_H

#include "model.h"

struct lexicon;

/* Sort the claims by content and build doc->parties; lx is not read. */
void parties_run(struct doc *, const struct lexicon *lx);
/* doc->parties alone, from claims already in text order. */
void parties_build(struct doc *);

#endif
