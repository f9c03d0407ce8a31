/*
 * cfg.h: the user's config file, $XDG_CONFIG_HOME/partyline/config
 * (default ~/.config/partyline/config), in the themes' line syntax:
 *
 *	# comment
 *	theme NAME
 *	bind KEY ACTION			(keys as tmux or newsboat write them)
 *	unbind KEY
 *	set pane-width 40%		(or a number of columns)
 *	set pane on|off
 *	set wrap N			(article lines at most N columns)
 *	lexicon PATH
 *	include FILE			(relative to the including file)
 *
 * Core: no curses, so it is tested without a terminal. Errors read
 * "FILE:LINE: message", with a hint for a misspelt word.
 */
#ifndef PARTYLINE_CFG_H
#define PARTYLINE_CFG_H

#include "keys.h"
#include "vec.h"

#define CFG_DEPTH	8	/* includes nested at most this deep */

struct cfg {
	char *theme;		/* NULL: not set */
	char *theme_at;		/* "FILE:LINE" of the theme line */
	int pane;		/* -1 not set, 0 off, 1 on */
	int pane_width;		/* 0 not set; columns, or percent if pane_pct */
	int pane_pct;
	int wrap;		/* 0: the pane's width */
	VEC(char *) lexicons;	/* paths, in order */
	struct keys *keys;	/* the defaults with the file's bind lines */
	char *open[CFG_DEPTH];	/* files being read (include loops) */
	int depth;
};

struct cfg *cfg_new(void);
void cfg_free(struct cfg *);
/* Read the file at path into c: 0, or -1 and *cause ("FILE:LINE:
 * message"). */
int cfg_load(struct cfg *, const char *path, char **cause);
/* The default file's path, allocated (it need not exist). */
char *cfg_default_path(void);
/* The pane's width in columns for a terminal cols wide. */
int cfg_pane_columns(const struct cfg *, int cols);

#endif
