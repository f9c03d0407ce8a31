/* fuzz_config.c: the config file (cfg.c through textfile.c): no crash,
 * and an error is one line. */
#include <stdlib.h>
#include <string.h>

#include "cfg.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cfg *c = cfg_new();
	char *cause = NULL;

	if (cfg_load(c, fuzz_file(data, size, ".conf"), &cause) != 0) {
		if (cause == NULL || strchr(cause, '\n') != NULL)
			abort();
		free(cause);
	}
	cfg_free(c);
	return 0;
}
