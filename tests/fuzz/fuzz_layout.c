/* fuzz_layout.c: wrapping at a width the first byte picks (4 to 259
 * columns): the layout ends, every line fits, lines go forward. */
#include <stdlib.h>

#include "doc.h"
#include "fuzz.h"
#include "layout.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *cause = NULL;
	struct layout *l;
	struct doc *d;
	uint32_t prev = 0;
	size_t i;
	int width;

	if (size < 1)
		return 0;
	width = 4 + data[0];
	d = doc_from_bytes("fuzz.txt", (const char *)data + 1, size - 1,
	    DOC_FORCE | DOC_TEXT, &cause);
	if (d == NULL) {
		free(cause);
		return 0;
	}
	l = layout_new(d, width);
	for (i = 0; i < l->lines.n; i++) {
		const struct layout_line *ln = &l->lines.v[i];

		if (ln->start > ln->end || ln->end > d->len || ln->start < prev ||
		    layout_line_width(d, l, ln) > l->width)
			abort();
		prev = ln->end;
	}
	layout_free(l);
	doc_free(d);
	return 0;
}
