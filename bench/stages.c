/*
 * stages.c: time each stage of the pipeline (analyse.c's table) over one
 * file, so the benchmark can tell the entity engine's share from ingest,
 * segmentation and JSON output. usage: bench/stages DATADIR FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "analyse.h"
#include "doc.h"
#include "json.h"
#include "lexicon.h"
#include "util.h"

static double
stages_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
stages_line(const char *what, double t, size_t bytes)
{
	printf("  %-10s %7.3f s  %8.1f MB/s\n", what, t, (double)bytes / 1e6 / t);
}

int
main(int argc, char **argv)
{
	struct lexicon *lx = lexicon_new();
	char *cause = NULL, *bytes, *dir;
	struct doc *d;
	size_t len;
	double t0, t1, t2, t3, t[32], tj;
	size_t i;
	FILE *null;

	if (argc != 3) {
		fputs("usage: stages DATADIR FILE\n", stderr);
		return 2;
	}
	dir = xasprintf("%s/data", argv[1]);
	t0 = stages_now();
	if (lexicon_load_dir(lx, dir, &cause) != 0) {
		fprintf(stderr, "stages: %s\n", cause);
		return 2;
	}
	t1 = stages_now();
	if ((bytes = util_read_file(argv[2], &len, &cause)) == NULL ||
	    (null = fopen("/dev/null", "w")) == NULL) {
		fprintf(stderr, "stages: %s\n", argv[2]);
		return 2;
	}
	t2 = stages_now();
	d = doc_from_bytes(argv[2], bytes, len, DOC_FORCE, &cause);
	t3 = stages_now();
	for (i = 0; i < analyse_nstages && i < 32; i++) {
		analyse_stages[i].run(d, lx);
		t[i] = stages_now();
	}
	tj = stages_now();
	json_write(null, d);
	fflush(null);
	printf("  %-10s %7.3f s\n", "lexicon", t1 - t0);
	stages_line("ingest", t3 - t2, len);
	for (i = 0; i < analyse_nstages && i < 32; i++)
		stages_line(analyse_stages[i].name, t[i] - (i > 0 ? t[i - 1] : t3),
		    len);
	stages_line("json", stages_now() - tj, len);
	printf("  %zu mentions, %zu entities\n", d->mentions.n, d->ents.n);
	fclose(null);
	doc_free(d);
	free(bytes);
	free(dir);
	lexicon_free(lx);
	return 0;
}
