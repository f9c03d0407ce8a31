/* claims.h: the claim engine: cues, sources, contents, speakers, parties. */
#ifndef PARTYLINE_CLAIMS_H
#define PARTYLINE_CLAIMS_H

#include "model.h"

struct lexicon;
struct cues;

/* Find claims and build the party list of an analysed document. */
void claims_run(struct doc *, const struct lexicon *);
/* The same with a cue table of one's own and the word classes of words, a
 * lexicon of words.tsv alone (tests). */
void claims_run_cues(struct doc *, const struct cues *,
    const struct lexicon *words);

/*
 * speakers.c: who voiced each claim and for whom (claim.speaker, .party);
 * words gives the word classes, the lexicon (may be NULL) given names.
 */
void speakers_resolve(struct doc *, const struct lexicon *words,
    const struct lexicon *);
/* Speaker of the claim before claim i in text order, for a quote with no cue. */
int speakers_last(const struct doc *, size_t i);

/*
 * The quoted text of a claim's content without an attribution inside it
 * (“A,” X said. “B.”: “A,” and “B.”): fills parts, returns 1 or 2.
 */
int claims_content_parts(const struct doc *, const struct claim *,
    struct span parts[2]);

/* parties.c: doc->parties from entities and claims. */
void parties_build(struct doc *);

#endif
