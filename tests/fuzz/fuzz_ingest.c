/* fuzz_ingest.c: arbitrary bytes through ingest (any format it sniffs),
 * the analysis and --json: every span inside the text on UTF-8
 * boundaries, the text inert, the JSON parses (jansson) as UTF-8. */
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "doc.h"
#include "fuzz.h"
#include "json.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lexicon *lx = fuzz_lexicon();
	char *cause = NULL, *out = NULL;
	size_t n = 0;
	struct doc *d;
	json_error_t err;
	json_t *j;
	FILE *m;

	d = doc_from_bytes("fuzz\033]2;x\007\xe9.txt", (const char *)data, size,
	    DOC_FORCE, &cause);
	if (d == NULL) {
		free(cause);
		return 0;
	}
	fuzz_analyse(d, lx);
	fuzz_check_doc(d);
	if ((m = open_memstream(&out, &n)) == NULL)
		abort();
	json_write(m, d);
	fclose(m);
	fuzz_check_utf8(out, n);
	if ((j = json_loadb(out, n, 0, &err)) == NULL) {
		fprintf(stderr, "invalid JSON: %s (%d:%d)\n", err.text,
		    err.line, err.column);
		abort();
	}
	json_decref(j);
	free(out);
	doc_free(d);
	return 0;
}
