/*
 * affil.h: whom each person speaks for (entity.affiliation) from what the
 * article says around their names and from the officials lexicon, and the
 * party of sources that name no one (officials said, the regulator said).
 */
#ifndef PARTYLINE_AFFIL_H
#define PARTYLINE_AFFIL_H

#include "model.h"

struct lexicon;

/* Bind people to bodies and countries; before the speakers are resolved. */
void affil_run(struct doc *, const struct lexicon *);
/* Speakers and parties of unnamed and described sources; after them. */
void affil_claims(struct doc *, const struct lexicon *);
/* The country the article is about (its institutions, its most-named
 * country), an entity index or -1. */
int affil_home(const struct doc *);
/* The person a title makes the subject of sentence si (The prime minister
 * ratcheted up...), or -1; lx gives the word classes (pronoun.c). */
int affil_title_subject(const struct doc *, const struct lexicon *lx,
    size_t si);

#endif
