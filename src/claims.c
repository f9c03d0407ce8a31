/* claims.c: the claim engine (to come: issue 4). */
#include "claims.h"

void
claims_run(struct doc *d, const struct lexicon *lx)
{
	(void)d;
	(void)lx;
}
