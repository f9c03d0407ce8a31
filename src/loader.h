/*
 * loader.h: a big article opened in the reader is shown at once from its
 * first part (analysed before the first paint) while the whole file is
 * read and analysed in a thread; the reader swaps the whole one in when it
 * is done. Core: no curses.
 */
#ifndef PARTYLINE_LOADER_H
#define PARTYLINE_LOADER_H

#include "model.h"

#define LOADER_BIG	(1024 * 1024)	/* smaller files load as before */
#define LOADER_PREVIEW	(64 * 1024)	/* bytes read for the first screens */

struct lexicon;
struct hl;
struct layout;
struct loader;

/*
 * If path is a plain-text file of LOADER_BIG bytes or more, start reading
 * and analysing it in a thread and return the loader with *preview, its
 * first paragraphs analysed (a prefix of the whole document's text). NULL
 * when the file is small, not text, or cannot be read: load it as usual.
 * lx must outlive the loader.
 */
struct loader *loader_start(const char *path, int flags,
    const struct lexicon *lx, struct doc **preview);
/* How far the thread is, in thousandths. */
int loader_permille(const struct loader *);
/* Lay the whole document out at width when it is analysed (0: do not). */
void loader_set_width(struct loader *, int width);
/* Is the whole document ready to take? */
int loader_done(const struct loader *);
/*
 * The whole document, analysed, with its highlight classes and, if a
 * width was set, its layout at *width (else NULL); NULL and *cause if it
 * could not be read after all. Once done; the loader is then spent.
 */
struct doc *loader_take(struct loader *, struct hl **, struct layout **,
    int *width, char **cause);
/* Stop (after the stage under way) and free. */
void loader_free(struct loader *);

#endif
