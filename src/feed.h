/* feed.h: RSS and Atom feeds as a list of articles. */
#ifndef PARTYLINE_FEED_H
#define PARTYLINE_FEED_H

#include <stddef.h>

#include "doc.h"

/* Every item of an RSS or Atom feed as a document (its content or summary
 * read as HTML); *n of them. NULL and *cause if not a feed or no items. */
struct doc **feed_docs(const char *name, const char *bytes, size_t len,
    size_t *n, char **cause);
/* The first item only (for callers that take one document). */
struct doc *feed_doc(const char *name, const char *bytes, size_t len,
    char **cause);

#endif
