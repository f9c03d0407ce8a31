/* entities.h: the entity engine: mentions, entities, coreference, affiliation. */
#ifndef PARTYLINE_ENTITIES_H
#define PARTYLINE_ENTITIES_H

#include "model.h"

struct lexicon;

/* Find mentions and entities in a segmented document. */
void entities_run(struct doc *, const struct lexicon *);

#endif
