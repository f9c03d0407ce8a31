/* json.h: the --json view (schema version 1 of DESIGN.md). */
#ifndef PARTYLINE_JSON_H
#define PARTYLINE_JSON_H

#include <stdio.h>

#include "model.h"

void json_write(FILE *, const struct doc *);
/* Write s (n bytes of UTF-8) as a JSON string. */
void json_string(FILE *, const char *s, size_t n);

#endif
