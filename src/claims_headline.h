/* claims_headline.h: claims in headlines and transcripts (claims_headline.c). */
#ifndef PARTYLINE_CLAIMS_HEADLINE_H
#define PARTYLINE_CLAIMS_HEADLINE_H

#include "claims_int.h"

/* SOURCE: CONTENT, as headlines and transcripts give it (Lund: ...). */
int claims_colon(struct claims *c);

/* Is the sentence in title case (no lower-case word of four letters)? */
int claims_titlecase(const struct claims *c);

/*
 * Drop headline claims that no one is known to have made: a headline's
 * capitals make a source of any label (A Curious Plan, Budget Review).
 */
void claims_drop_headless(struct claims *c);

#endif
