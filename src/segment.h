/* segment.h: tokens with byte spans, quotation state, sentences. */
#ifndef PARTYLINE_SEGMENT_H
#define PARTYLINE_SEGMENT_H

#include "model.h"

struct lexicon;

/* Tokenise doc->text and split it into sentences; lx may be NULL. */
void segment_run(struct doc *, const struct lexicon *lx);

/* Is the token the word w (ASCII, case-insensitive)? */
int segment_tok_is(const struct doc *, const struct token *, const char *w);

#endif
