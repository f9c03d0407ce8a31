/* entities.c: the entity engine (to come: issue 3). */
#include "entities.h"

void
entities_run(struct doc *d, const struct lexicon *lx)
{
	(void)d;
	(void)lx;
}
