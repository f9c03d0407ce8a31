/* claims_content.h: the content spans of claims (claims_content.c). */
#ifndef PARTYLINE_CLAIMS_CONTENT_H
#define PARTYLINE_CLAIMS_CONTENT_H

#include "claims_int.h"

/*
 * The end of content that runs from x to the sentence's end: final marks
 * dropped (not a closing quote), cut before ", but" and the like.
 */
int claims_content_end(const struct claims *c, size_t x, size_t *end);

/*
 * Content after a cue that ends before token j: a quote, a that-clause, an
 * infinitive, a bare clause or an object, as the cue's frame allows.
 */
int claims_forward(const struct claims *c, size_t j, const struct cue_hit *h,
    size_t *xa, size_t *xb);

/*
 * An apposition after an inverted source that closes the sentence (...,
 * said Rita Holm, a lawyer for the union, who ...): from the comma at j to
 * the last word; no quote, no semicolon.
 */
int claims_appos_after(const struct claims *c, size_t j, size_t *end);

/*
 * Does the cue or source take nothing after token j: the sentence ends,
 * or a comma comes after adverbials and a phrase of place or time? One
 * past the token where it stops (the comma, a final mark), else 0.
 */
size_t claims_inverted_tail(const struct claims *c, size_t j);

/* Nothing but adverbials and final marks after token j in the sentence? */
int claims_nothing_after(const struct claims *c, size_t j);

/*
 * Content before a comma at token k: the quote closing there, or the
 * clause.
 */
int claims_backward(const struct claims *c, size_t k, size_t *xa, size_t *xb);

/*
 * A quote closing right before token k (“...,” or “...”,): its tokens in
 * [*xa, *xb]; 2 when words of the clause come before the quote (The bank
 * “has changed,” Lund said): then [*xa, *xb] is the clause; 2 also when the
 * quote closed the sentence before. On 2 the caller asks that the cue
 * take nothing after it.
 */
int claims_after_quote(const struct claims *c, size_t k, size_t *xa, size_t
    *xb);

/*
 * Content of a noun cue whose phrase is the sentence's subject (Peru's
 * decision to ban the nets angered ...): it ends with the noun phrase,
 * before a comma or before the main verb, the first verb group after an
 * infinitive, the second after "that" (claims that it was safe were false).
 */
void claims_subject_end(const struct claims *c, size_t xa, size_t *xb);

#endif
