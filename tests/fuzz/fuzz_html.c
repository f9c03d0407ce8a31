/* fuzz_html.c: arbitrary bytes as a web page (html.c): the text valid
 * UTF-8 and inert, paragraphs inside it, metadata (URL, byline, site)
 * valid as JSON strings. */
#include <stdio.h>
#include <stdlib.h>

#include "doc.h"
#include "fuzz.h"
#include "html.h"
#include "json.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *cause = NULL, *out = NULL;
	struct doc *d;
	size_t n = 0;
	FILE *m;

	d = html_doc("page.html", (const char *)data, size,
	    "https://example.org/a", &cause);
	if (d == NULL) {
		free(cause);
		return 0;
	}
	fuzz_check_doc(d);
	if ((m = open_memstream(&out, &n)) == NULL)
		abort();
	json_write(m, d);
	fclose(m);
	fuzz_check_utf8(out, n);
	free(out);
	doc_free(d);
	return 0;
}
