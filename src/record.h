/*
 * record.h: one record of a JSON Lines stream (--jsonl): {"id", "text" |
 * "html" | "url", "title", "date", ...}. Turns the line into a document and
 * keeps what the result line echoes: the id and every other field.
 */
#ifndef PARTYLINE_RECORD_H
#define PARTYLINE_RECORD_H

#include <stddef.h>

#include "model.h"

struct record {
	char *id;		/* the id as JSON text; "null" if none */
	char *key;		/* the id as a spreadsheet cell: a string's
				   value, else its JSON text; "" if none */
	char *post;		/* passed-through fields as JSON members, each
				   led by a comma; "" if none */
	struct doc *doc;	/* NULL if the record is bad */
};

/*
 * Read one line (len bytes, no newline) into r: its document (named name,
 * the stream's name; doc flags as for doc_from_bytes) and the fields it
 * echoes. -1 and *cause if the record is bad; r->id and r->key are set
 * even then (to null when not known).
 */
int record_read(struct record *r, const char *line, size_t len,
    const char *name, int flags, char **cause);
void record_clear(struct record *r);

#endif
