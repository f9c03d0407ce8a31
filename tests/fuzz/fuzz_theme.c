/* fuzz_theme.c: theme files (theme_file.c through textfile.c): no crash,
 * and an error is one line. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "theme.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct theme t;
	char *cause = NULL;

	memset(&t, 0, sizeof t);
	if (theme_load(&t, fuzz_file(data, size, ".theme"), &cause) != 0) {
		if (cause == NULL || strchr(cause, '\n') != NULL)
			abort();
		free(cause);
	}
	theme_free(&t);
	return 0;
}
