/* dump.h: the --dump view: the article wrapped, ANSI-coloured or plain. */
#ifndef PARTYLINE_DUMP_H
#define PARTYLINE_DUMP_H

#include <stdio.h>

#include "model.h"

void dump_write(FILE *, const struct doc *, int width, int colour);

#endif
