/*
 * speakers.h: who voiced each claim (claim.speaker) and whose position it
 * is (claim.party): the stage after affil, before the quotes stage.
 */
#ifndef PARTYLINE_SPEAKERS_H
#define PARTYLINE_SPEAKERS_H

#include "model.h"

struct lexicon;

/* Speaker and party of every claim; lx gives the word classes and given
 * names (may be NULL: no speakers but those the mentions name). */
void speakers_run(struct doc *, const struct lexicon *lx);
/* The same with the word classes of words, a lexicon of words.tsv alone,
 * and lx (may be NULL) for given names and titles (tests). */
void speakers_resolve(struct doc *, const struct lexicon *words,
    const struct lexicon *lx);
/* Speaker of the claim before claim i in text order, for a quote with no cue. */
int speakers_last(const struct doc *, size_t i);

#endif
