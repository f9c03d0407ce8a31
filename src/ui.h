/* ui.h: the interactive reader (curses). */
#ifndef PARTYLINE_UI_H
#define PARTYLINE_UI_H

#include "model.h"
#include "partyline.h"

/* Run the reader over analysed documents; returns the exit status. */
int ui_run(struct doc **, size_t n, const struct options *);

#endif
