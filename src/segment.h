/* segment.h: tokens with byte spans, quotation state, sentences. */
#ifndef PARTYLINE_SEGMENT_H
#define PARTYLINE_SEGMENT_H

#include "model.h"

struct lexicon;

/* Tokenise doc->text and split it into sentences; lx may be NULL. */
void segment_run(struct doc *, const struct lexicon *lx);

/*
 * The lexicon entry of token k's text as one word (lexicon_word), through
 * the document's memo when it has one.
 */
const struct lexicon_entry *segment_tok_word(const struct doc *,
    const struct lexicon *lx, size_t k);

/* Is the token the word w (ASCII, case-insensitive)? */
int segment_tok_is(const struct doc *, const struct token *, const char *w);

#endif
