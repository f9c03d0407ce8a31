/* affil_lexicon.h: officials of the lexicon (affil_lexicon.c). */
#ifndef PARTYLINE_AFFIL_LEXICON_H
#define PARTYLINE_AFFIL_LEXICON_H

#include "affil_int.h"

/* Is a role one held before (former minister, ex-chairman)? */
int affil_former(const char *role);

/*
 * Officials the lexicon knows: a minister speaks for their country's
 * government, an opposition leader or a central banker for their party or
 * body, and one out of office (in the article's year) for their party.
 */
void affil_lexicon(struct doc *d, const struct lexicon *lx);

#endif
