/* fuzz_lexicon.c: a user lexicon over the bundled one (loaded once, so a
 * run is fast; reloaded now and then as entries pile up), then a short
 * article analysed with it and its names checked: JSON of them valid. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fuzz.h"
#include "json.h"

static const char fuzz_article[] =
    "Vexcorp said the plan would work, Norway's minister Ola Brekke said.\n\n"
    "\"It will not,\" said a spokesman for Acme Holdings in Oslo.\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int loads;
	struct lexicon *lx = fuzz_lexicon();
	char *cause = NULL, *out = NULL;
	struct doc *d;
	size_t n = 0;
	FILE *m;

	if (lexicon_load_user(lx, fuzz_file(data, size, ".tsv"), &cause) != 0) {
		if (cause == NULL || strchr(cause, '\n') != NULL)
			abort();
		free(cause);
		return 0;
	}
	d = doc_from_bytes("a.txt", fuzz_article, sizeof fuzz_article - 1,
	    DOC_TEXT, &cause);
	fuzz_analyse(d, lx);
	fuzz_check_doc(d);
	if ((m = open_memstream(&out, &n)) == NULL)
		abort();
	json_write(m, d);
	fclose(m);
	fuzz_check_utf8(out, n);
	free(out);
	doc_free(d);
	if (++loads % 500 == 0)
		fuzz_lexicon_reset();
	return 0;
}
