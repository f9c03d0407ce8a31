/* entities.h: the entity engine: candidate mentions (coref.h makes entities). */
#ifndef PARTYLINE_ENTITIES_H
#define PARTYLINE_ENTITIES_H

#include "model.h"

struct lexicon;

/*
 * The entities stage: candidate mentions of a segmented document, left in
 * doc->cands for the coref stage, which makes the mentions and entities.
 */
void entities_run(struct doc *, const struct lexicon *);

#endif
