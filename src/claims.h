/* claims.h: the claim engine: cues, sources, contents, quotes. */
#ifndef PARTYLINE_CLAIMS_H
#define PARTYLINE_CLAIMS_H

#include "model.h"

struct lexicon;
struct cues;
struct claims;

/*
 * The claims stage: cues with their sources and contents, sorted by
 * content. Speakers and parties are later stages (analyse.c).
 */
void claims_run(struct doc *, const struct lexicon *);
/* The same with a cue table of one's own and the word classes of words, a
 * lexicon of words.tsv alone (tests). */
void claims_run_cues(struct doc *, const struct cues *,
    const struct lexicon *words);
/*
 * The quotes stage, after the speakers: headline claims no one is known
 * to have made are dropped; a quote that follows a quoted claim continues
 * it, a paragraph that is all quote inherits the last speaker. lx gives
 * the word classes (a lexicon of words.tsv alone will do).
 */
void claims_quotes_run(struct doc *, const struct lexicon *lx);
/* Sort the claims by content start, then cue start. */
void claims_sort(struct doc *);
/* Free what the claims stage left for the quotes stage (NULL: nothing). */
void claims_state_free(struct claims *);

/*
 * The quoted text of a claim's content without an attribution inside it
 * (“A,” X said. “B.”: “A,” and “B.”): fills parts, returns 1 or 2.
 */
int claims_content_parts(const struct doc *, const struct claim *,
    struct span parts[2]);
/* Is the cue one written before its source ("according to Marit Dahl"),
 * so that views write "according to X: content", not "X according to"? */
int claims_cue_leads(const struct doc *, const struct claim *);

#endif
