/* claims_quote.h: quotation marks and the claims they make (claims_quote.c). */
#ifndef PARTYLINE_CLAIMS_QUOTE_H
#define PARTYLINE_CLAIMS_QUOTE_H

#include "claims_int.h"

/* Pair the double quotation marks of every paragraph. */
void claims_pair_quotes(struct claims *c);

/* Quotes signed with a dash and a name (“A.” ― Ada Lunde), a paragraph each. */
void claims_signed_quotes(struct claims *c);

/*
 * Quotes no claim covers: one that follows a quoted claim continues it
 * (“A,” he said. “B.”, or a next paragraph that is all quote); a paragraph
 * that is all quote inherits the last speaker.
 */
void claims_quotes(struct claims *c);

#endif
