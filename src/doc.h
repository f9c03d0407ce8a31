/* doc.h: ingest: bytes to a clean document with paragraphs and a title. */
#ifndef PARTYLINE_DOC_H
#define PARTYLINE_DOC_H

#include "model.h"

#define DOC_FORCE 0x1	/* read files that look binary */

/* Build a document from bytes; NULL and *cause set if refused. */
struct doc *doc_from_bytes(const char *name, const char *bytes, size_t len,
    int flags, char **cause);
/* Read a file ("-" for stdin) into a document; NULL and *cause on error. */
struct doc *doc_load(const char *path, int flags, char **cause);
void doc_free(struct doc *);

/* Is the newline at byte off a hard line break (list item, heading)? */
int doc_hard_break(const struct doc *, uint32_t off);

#endif
