/*
 * batch.h: streaming many articles through the analysis: files, or JSON
 * Lines records (--jsonl), to JSON Lines or a spreadsheet export, one
 * result per input in input order, on --jobs threads.
 */
#ifndef PARTYLINE_BATCH_H
#define PARTYLINE_BATCH_H

#include <stdio.h>

#include "export.h"
#include "model.h"

struct lexicon;

struct batch {
	int jsonl;		/* inputs are JSON Lines streams, not articles */
	int exporting;		/* rows of x, else JSON Lines */
	struct export x;
	int jobs;		/* threads analysing (1: none) */
	int docflags;		/* DOC_* for every document */
	const struct lexicon *lx;	/* read only while the batch runs */
	void (*analyse)(struct doc *, const struct lexicon *);
	FILE *out;
};

/*
 * Analyse every input (file names, "-" for stdin) and write the results
 * to b->out, flushed after each. A bad record gets {"id", "error"} and a
 * bad file {"source", "error"} on its line (a message on stderr for
 * exports) and the stream goes on. Returns the exit status: 0, 1 if a
 * record was bad, 2 if a file or the output failed.
 */
int batch_run(const struct batch *b, char *const *inputs, size_t n);

#endif
