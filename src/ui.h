/* ui.h: the interactive reader (curses). */
#ifndef PARTYLINE_UI_H
#define PARTYLINE_UI_H

#include "model.h"
#include "partyline.h"

struct loader;

/*
 * Run the reader over analysed documents; returns the exit status. A
 * document with a loader (loaders[i], or NULL) is the first part of a big
 * file: the reader shows it and the loader's progress, and replaces it in
 * docs[i] (freeing it) by the whole one when that is ready. loaders may
 * be NULL.
 */
int ui_run(struct doc **, struct loader **loaders, size_t n,
    const struct options *);

#endif
