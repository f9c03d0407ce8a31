/* newsboat.h: articles as newsboat hands them to its pager. */
#ifndef PARTYLINE_NEWSBOAT_H
#define PARTYLINE_NEWSBOAT_H

#include <stddef.h>

#include "doc.h"

/* Do the bytes look like a newsboat article (header block, " " line)? */
int newsboat_sniff(const char *bytes, size_t len);
/* The article: title and metadata from the header, lines rejoined, link
 * markers gone, the Links: list as boilerplate. */
struct doc *newsboat_doc(const char *name, const char *bytes, size_t len,
    char **cause);

#endif
