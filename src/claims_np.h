/* claims_np.h: noun phrases and the sources of claims (claims_np.c). */
#ifndef PARTYLINE_CLAIMS_NP_H
#define PARTYLINE_CLAIMS_NP_H

#include "claims_int.h"

/* May token k be part of a noun phrase (not a stop word or a mark)? */
int claims_np_word(const struct claims *c, size_t k);

/*
 * The noun phrase that ends at token last, within [lo, last]: its first
 * token in *first.
 */
int claims_np_left(const struct claims *c, size_t last, size_t lo, size_t
    *first);

/* The noun phrase that starts at token k, up to a mark: last in *last. */
int claims_np_right(const struct claims *c, size_t k, size_t hi, size_t *last);
size_t claims_np_inverted_appos(const struct claims *c, size_t e, size_t sb);

/* The source for a participle (", claiming ...") whose comma is at k. */
int claims_participle_source(const struct claims *c, size_t k, size_t *sa,
    size_t *sb);

/* Does token k open a noun phrase: an article, a name, a number? */
int claims_np_opener(const struct claims *c, size_t k);

/*
 * The subject of a verb coordinated with "and" at token k: the source of an
 * earlier claim in the sentence, else the sentence's subject.
 */
int claims_coordinated_source(const struct claims *c, size_t k, size_t *sa,
    size_t *sb);

/*
 * Does a clause begin at the phrase that starts at token k (after a comma,
 * a semicolon, "and", "though", ", with")?
 */
int claims_clause_start(const struct claims *c, size_t k);

/* Can [sa, sb] be the subject of a bare verb form (say, plan)? */
int claims_plural(const struct claims *c, size_t sa, size_t sb);

/*
 * Is the text before the comma at l a subject with its apposition that
 * opens a clause (Peru's envoy, Ana Ruiz, rejected ...), not content?
 */
int claims_subject_appos(const struct claims *c, size_t l);

/* The source phrase before the cue, skipping a time adverbial. */
int claims_source_before(const struct claims *c, size_t l, size_t *sa, size_t
    *sb);

/*
 * A subject that opens the sentence with a longer interruption before the
 * cue's comma at l (Mona Berg, who chairs the board, said; Lars Vik of
 * Bergen, the party's treasurer, said): a noun phrase up to a comma, then
 * no quote and no earlier claim.
 */
int claims_interrupted_subject(const struct claims *c, size_t l, size_t *sa);
int claims_relative_subject(const struct claims *c, size_t l);

#endif
