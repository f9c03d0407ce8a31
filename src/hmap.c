/* hmap.c: growing the one hash map (hmap.h). */
#include <stdlib.h>
#include <string.h>

#include "hmap.h"
#include "util.h"

void
hmap_grow(struct hmap *m, size_t first, hmap_hash_fn hash, const void *ctx)
{
	struct hmap_slot *old = m->slot;
	size_t oldn = old != NULL ? m->mask + 1 : 0, i;
	uint64_t h;

	if (old != NULL && (m->n + 1) * 2 <= m->mask + 1)
		return;
	m->mask = oldn ? oldn * 2 - 1 : first - 1;
	m->slot = xcalloc(m->mask + 1, sizeof *m->slot);
	m->n = 0;
	for (i = 0; i < oldn; i++) {
		if (old[i].i == 0)
			continue;
		h = hash(ctx, old[i].i - 1);
		hmap_add(m, old[i].i - 1, h);
	}
	free(old);
}

void
hmap_free(struct hmap *m)
{
	free(m->slot);
	m->slot = NULL;
	m->mask = m->n = 0;
}

void
hmap_clear(struct hmap *m)
{
	if (m->slot != NULL)
		memset(m->slot, 0, (m->mask + 1) * sizeof *m->slot);
	m->n = 0;
}
