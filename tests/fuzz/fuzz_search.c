/* fuzz_search.c: a search pattern (up to the first NUL) over a text (the
 * rest, ingested): no crash, no hang (pcre2's limits), hits sorted,
 * inside the text, on UTF-8 boundaries, not empty, not overlapping. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fuzz.h"
#include "search.h"
#include "util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	char *pat, *cause = NULL;
	struct search *s;
	struct doc *d;
	uint32_t prev = 0;
	size_t i, np;

	if (nul == NULL)
		return 0;
	np = (size_t)(nul - data);
	pat = xstrndup((const char *)data, np);
	d = doc_from_bytes("t.txt", (const char *)nul + 1, size - np - 1,
	    DOC_FORCE | DOC_TEXT, &cause);
	if (d == NULL) {
		free(cause);
		free(pat);
		return 0;
	}
	if ((s = search_new(pat, d->text, d->len, &cause)) == NULL)
		free(cause);
	else {
		for (i = 0; i < s->hits.n; i++) {
			const struct span *h = &s->hits.v[i];

			if (h->start >= h->end || h->start < prev || h->end > d->len ||
			    (h->start < d->len && ((unsigned char)d->text[h->start] & 0xc0) == 0x80) ||
			    (h->end < d->len && ((unsigned char)d->text[h->end] & 0xc0) == 0x80))
				abort();
			prev = h->end;
		}
		search_free(s);
	}
	doc_free(d);
	free(pat);
	return 0;
}
