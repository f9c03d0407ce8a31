/*
 * ui_int.h: what the reader's screens share. ui.c owns the terminal, the
 * windows and the loop; each screen (article pane, party pane, list, help,
 * search prompt) is a module with its draw, key and click functions, in the
 * shape of ncdu's screens. Screens only read the model, through reader.h,
 * layout.h, hl.h and search.h.
 */
#ifndef PARTYLINE_UI_INT_H
#define PARTYLINE_UI_INT_H

#include <curses.h>

#include "hl.h"
#include "keys.h"
#include "layout.h"
#include "model.h"
#include "reader.h"
#include "search.h"
#include "theme.h"

/* Windows to redraw. */
#define UI_TITLE	0x01
#define UI_ART		0x02
#define UI_PARTY	0x04
#define UI_STATUS	0x08
#define UI_HELP		0x10
#define UI_ALL		0x1f

#define UI_MIN_COLS	40
#define UI_MIN_ROWS	10
#define UI_WIDE		100	/* from here the party pane is on the right */
#define UI_HINT_SETS	4	/* article, party pane, list, article alone */

/* One opened article and where the reader is in it. */
struct ui_art {
	struct doc *doc;
	struct reader *rd;
	struct hl *hl;		/* made when first opened */
	struct layout *layout;	/* for the article pane's width */
	struct layout *spare;	/* the one before, kept: `s` and resizing
				   back cost nothing on a long article */
	size_t top;		/* first layout line shown */
	int opened;		/* shown once: where to start is decided */
	int cur;		/* current claim, or -1 */
	long psel;		/* party pane cursor: the current claim's
				   row, or the first position if none */
	long ptop;		/* first party pane row shown */
	int whole;		/* the claim Enter showed whole, or -1 */
	struct search *search;
	long hit;		/* where the current match starts, or -1 */
	int search_pending;	/* a match asked for (1 forward, -1 back)
				   is in text not searched yet */
	int search_fwd;
	enum reader_filter filter;
	struct loader *loading;	/* the whole article, being analysed */
};

enum ui_focus { FOCUS_ARTICLE, FOCUS_PARTIES };

/* A theme the `t` key cycles to. */
struct ui_theme {
	char *name;
	char *path;		/* NULL: the built-in one */
};

struct ui {
	const struct cfg *cfg;	/* the config file's settings */
	const struct keys *keys;	/* its key table */
	struct ui_art *arts;
	struct doc **docs;	/* the caller's, arts[i].doc is docs[i] */
	size_t narts;
	struct ui_art *art;	/* the open article, or NULL on the list */
	long list_sel, list_top;
	struct search *list_search;	/* / on the list: titles, parties */
	uint32_t *list_offs;	/* where each article starts in its text */
	int list_fwd;

	enum ui_focus focus;
	int side;		/* party pane wanted */
	int side_bottom;	/* ... under the article (narrow terminal) */
	int help;		/* help overlay shown */
	long help_top;
	char **help_lines;
	char *hints[UI_HINT_SETS][6];	/* status hints per screen, from
					   the bindings */
	int too_small;
	int quit;
	int dirty;

	char msg[256];		/* status message, until the next key */
	int msg_error;
	int prompt;		/* 0, or '/' or '\\' while typing a search,
				   'w' asking what to pipe, '|' typing its
				   command */
	int pipe_what;		/* 'a' article, 'c' claim, 'p' party list */
	char pat[512];

	struct ui_theme *themes;
	size_t nthemes, theme_cur;

	WINDOW *wtitle, *wart, *wparty, *wstatus, *whelp;
	WINDOW *wstrip;		/* under 100 columns: the current claim,
				   above the status line */
	int rows, cols;		/* the terminal */
};

/* ui.c */
void ui_relayout(struct ui *);
/* The terminal's output stream (for OSC 52). */
FILE *ui_terminal(void);
/* Give the terminal back for a command; take it again and redraw. */
void ui_suspend(void);
void ui_wait_enter(void);
void ui_resume(struct ui *);
attr_t ui_attr(struct style);
attr_t ui_attr_el(enum theme_element);
attr_t ui_attr_on(enum theme_element ground, enum theme_element);
attr_t ui_attr_swatch(enum theme_element ground, enum theme_element);
extern unsigned ui_theme_gen;
void ui_restyle(struct ui *);
void ui_message(struct ui *, int error, const char *, ...)
    __attribute__((format(printf, 3, 4)));
/* ": KEY what" with the key bound to an action, "" when none is. */
const char *ui_key_says(const struct ui *, enum keys_action, const char *what,
    char *buf, size_t size);
/* "no claim selected: KEY then", or "no claims in this article". */
const char *ui_no_claim(const struct ui *, const char *then, char *buf,
    size_t size);
void ui_put(WINDOW *, const char *, size_t len, attr_t);
void ui_put_cut(WINDOW *, const char *, int width, attr_t);
/* Columns s takes on the screen. */
int ui_cols(const char *);

/* ui_article.c */
void ui_article_open(struct ui *, struct ui_art *);
void ui_article_close(struct ui_art *);
void ui_article_resize(struct ui *);
void ui_article_swap(struct ui *, struct ui_art *, struct doc *, struct hl *,
    struct layout *);
void ui_article_draw(struct ui *);
int ui_article_key(struct ui *, enum keys_action);
void ui_article_scroll(struct ui *, long);
void ui_article_goto_claim(struct ui *, int c);
void ui_article_show(struct ui *, uint32_t off);
void ui_article_click(struct ui *, int y, int x);
int ui_article_rows(const struct ui *);

/* ui_parties.c */
void ui_parties_draw(struct ui *);
int ui_parties_key(struct ui *, enum keys_action);
void ui_parties_follow(struct ui *);
void ui_parties_resize(struct ui *);
/* Rows the strip under the article takes (0: none). */
int ui_parties_strip_rows(const struct ui *);
void ui_parties_draw_strip(struct ui *);
/* Enter: the current claim whole, in the detail box or the strip. */
void ui_parties_whole(struct ui *);
void ui_parties_scroll(struct ui *, long);
void ui_parties_click(struct ui *, int y, int x);
void ui_parties_select_party(struct ui *, int p);
void ui_parties_start(struct ui *);

/* ui_list.c */
void ui_list_draw(struct ui *);
int ui_list_key(struct ui *, enum keys_action);
/* 1 when the click asks to open the selected article. */
int ui_list_click(struct ui *, int y, int x);
void ui_list_scroll(struct ui *, long);
void ui_list_search(struct ui *, const char *pat, int fwd);
void ui_list_search_step(struct ui *, int fwd);
void ui_list_free(struct ui *);

/* ui_help.c */
void ui_help_draw(struct ui *);
int ui_help_key(struct ui *, enum keys_action);

/* ui_theme.c */
struct options;
void ui_theme_init(struct ui *, const struct options *);
void ui_theme_next(struct ui *);
void ui_theme_free(struct ui *);

/* ui_act.c */
void ui_act_copy(struct ui *);
void ui_act_pipe_start(struct ui *);
/* A key at the pipe's "which text" prompt. */
void ui_act_pipe_which(struct ui *, int key);
void ui_act_pipe_run(struct ui *);
void ui_act_open(struct ui *);

/* ui_search.c */
/* The status line's mark of a search: a slash forward, a backslash back. */
int ui_search_mark(int fwd);
void ui_search_start(struct ui *, int fwd);
void ui_search_input(struct ui *, int key);
void ui_search_step(struct ui *, int fwd);
/* Search more of the open article between keys; 1 while not done. */
int ui_search_idle(struct ui *);
void ui_search_draw_prompt(struct ui *);

#endif
