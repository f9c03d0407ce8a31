/*
 * stages.c: time each stage of the pipeline (analyse.c's table) over one
 * file, so the benchmark can tell the entity engine's share from ingest,
 * segmentation and JSON output, with the memory in use after each stage
 * and the peak so far (VmRSS, VmHWM). usage: bench/stages DATADIR FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* Resident and peak resident MB now, from /proc/self/status ("VmRSS:
 * 1234 kB"); -1 where there is no such file. */
static void
stages_mem(double mem[2])
{
	static const char *key[2] = { "VmRSS:", "VmHWM:" };
	char line[256];
	FILE *f = fopen("/proc/self/status", "r");
	int k;

	mem[0] = mem[1] = -1;
	while (f != NULL && fgets(line, sizeof line, f) != NULL)
		for (k = 0; k < 2; k++)
			if (strncmp(line, key[k], strlen(key[k])) == 0)
				mem[k] = atof(line + strlen(key[k])) / 1024;
	if (f != NULL)
		fclose(f);
}

static void
stages_line(const char *what, double t, size_t bytes, const double mem[2])
{
	printf("  %-10s %7.3f s  %8.1f MB/s  %6.0f MB now  %6.0f MB peak\n", what,
	    t, (double)bytes / 1e6 / t, mem[0], mem[1]);
}

int
main(int argc, char **argv)
{
	struct lexicon *lx = lexicon_new();
	char *cause = NULL, *bytes, *dir;
	struct doc *d;
	size_t len;
	double t0, t1, t2, t3, t[32], tj, m[34][2];
	size_t i;
	FILE *null;

	util_malloc_tune();	/* as partyline's main does */
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
	free(bytes);	/* as partyline does: the text is the document's now */
	t3 = stages_now();
	stages_mem(m[32]);
	for (i = 0; i < analyse_nstages && i < 32; i++) {
		analyse_stage_run(d, lx, i);
		t[i] = stages_now();
		stages_mem(m[i]);
	}
	tj = stages_now();
	json_write(null, d);
	fflush(null);
	stages_mem(m[33]);
	printf("  %-10s %7.4f s\n", "lexicon", t1 - t0);
	stages_line("ingest", t3 - t2, len, m[32]);
	for (i = 0; i < analyse_nstages && i < 32; i++)
		stages_line(analyse_stages[i].name, t[i] - (i > 0 ? t[i - 1] : t3),
		    len, m[i]);
	stages_line("json", stages_now() - tj, len, m[33]);
	printf("  %zu mentions, %zu entities\n", d->mentions.n, d->ents.n);
	fclose(null);
	doc_free(d);
	free(dir);
	lexicon_free(lx);
	return 0;
}
