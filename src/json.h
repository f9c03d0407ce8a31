/* json.h: the --json view (schema version 1 of DESIGN.md). */
#ifndef PARTYLINE_JSON_H
#define PARTYLINE_JSON_H

#include <stdio.h>

#include "model.h"

void json_write(FILE *, const struct doc *);
/*
 * The same on one line (JSON Lines), with pre (JSON members, e.g. "\"id\":
 * 7") first in the object and post (members each led by a comma) last;
 * either may be NULL.
 */
void json_write_line(FILE *, const struct doc *, const char *pre,
    const char *post);
/* Write s (n bytes of UTF-8) as a JSON string. */
void json_write_string(FILE *, const char *s, size_t n);

#endif
