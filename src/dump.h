/* dump.h: the --dump view: the article wrapped, styled with SGR or plain. */
#ifndef PARTYLINE_DUMP_H
#define PARTYLINE_DUMP_H

#include <stdio.h>

#include "model.h"

/* depth: -1 for no SGR at all; else the colours the theme's styles are
 * reduced to: 0 (attributes only), 256, or COLOUR_TRUE (24-bit). */
void dump_write(FILE *, const struct doc *, int width, int depth);

#endif
