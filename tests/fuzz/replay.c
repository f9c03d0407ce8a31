/*
 * replay.c: a main for a libFuzzer harness without libFuzzer. It feeds
 * each file named on the command line to LLVMFuzzerTestOneInput once, so
 * `make check` builds every harness with the project's own compiler and
 * flags (a harness that no longer compiles fails there, not only in
 * CI's fuzz stage, which needs clang) and runs it over the seeds, under
 * the sanitizers in CI. A finding of `make fuzz-run` replays the same way:
 *
 *     tests/fuzz/replay_html tests/fuzz/findings/fuzz_html-crash-1234
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* The bytes of path in a new buffer (*n of them); NULL with a message. */
static uint8_t *
replay_read(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t cap = 0, got;

	*n = 0;
	if (f == NULL) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return NULL;
	}
	do {
		if (*n == cap) {
			cap = cap ? 2 * cap : 65536;
			if ((buf = realloc(buf, cap)) == NULL) {
				fprintf(stderr, "replay: %s: out of memory\n", path);
				exit(2);
			}
		}
		got = fread(buf + *n, 1, cap - *n, f);
		*n += got;
	} while (got > 0);
	if (ferror(f)) {
		fprintf(stderr, "replay: %s: read error\n", path);
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

int
main(int argc, char **argv)
{
	int i, bad = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i++) {
		size_t n;
		uint8_t *buf = replay_read(argv[i], &n);

		if (buf == NULL) {
			bad = 1;
			continue;
		}
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
	}
	return bad ? 2 : 0;
}
