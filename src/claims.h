/* claims.h: the claim engine: cues, sources, contents, speakers, parties. */
#ifndef PARTYLINE_CLAIMS_H
#define PARTYLINE_CLAIMS_H

#include "model.h"

struct lexicon;

/* Find claims and build the party list of an analysed document. */
void claims_run(struct doc *, const struct lexicon *);

#endif
