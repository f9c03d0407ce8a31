/*
 * ui.c: the reader's frame. Owns the terminal (newterm on /dev/tty when the
 * article came on stdin; restored on every exit, by atexit and by the
 * signal handlers), the windows and their layout, styles and the colour
 * pair cache, the title and status lines, and the loop that turns keys
 * into actions for the screen in front. Windows are redrawn only when
 * dirty and shown together with wnoutrefresh/doupdate, so nothing flickers.
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cfg.h"
#include "doc.h"
#include "loader.h"
#include "ui.h"
#include "ui_int.h"
#include "safe.h"
#include "util.h"

static volatile sig_atomic_t ui_active;
static SCREEN *ui_screen;
static FILE *ui_tty;
static FILE *ui_in, *ui_out;	/* the terminal curses reads and writes */
static int ui_colours;		/* colours we may use: 0 for attributes only */
unsigned ui_theme_gen;		/* bumped when the theme changes */

/* Leave curses mode; safe to call twice and from exit paths. */
static void
ui_restore(void)
{
	if (ui_active) {
		ui_active = 0;
		endwin();
	}
}

/* A fatal signal: give the terminal back, then die of the same signal. */
static void
ui_fatal_signal(int sig)
{
	ui_restore();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
ui_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV,
	    SIGABRT, SIGBUS, SIGFPE, SIGILL };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_fatal_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
}

/* Start curses on the terminal, even when the article came on stdin;
 * colours unless told never (--color=never, NO_COLOR). */
static int
ui_start(int colour)
{
	FILE *in = stdin, *out = stdout;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		ui_tty = fopen("/dev/tty", "r+");
		if (ui_tty == NULL) {
			fputs("partyline: no terminal to read keys from\n", stderr);
			return -1;
		}
		in = ui_tty;
		if (!isatty(STDOUT_FILENO))
			out = ui_tty;
	}
	ui_in = in;
	ui_out = out;
	ui_screen = newterm(NULL, out, in);
	if (ui_screen == NULL) {
		fputs("partyline: cannot start the terminal (is TERM set?)\n", stderr);
		return -1;
	}
	ui_active = 1;
	atexit(ui_restore);
	ui_signals();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	if (colour && has_colors()) {
		start_color();
		use_default_colors();
		ui_colours = COLORS;
	}
	refresh();
	return 0;
}

FILE *
ui_terminal(void)
{
	return ui_out;
}

void
ui_suspend(void)
{
	def_prog_mode();
	endwin();
	fflush(ui_out);
}

/* Wait for Enter on the terminal in its ordinary (cooked) mode, after a
 * command's output, as less does after `!`. */
void
ui_wait_enter(void)
{
	char c;

	fputs("\n[partyline: press Enter to return]", ui_out);
	fflush(ui_out);
	while (read(fileno(ui_in), &c, 1) == 1 && c != '\n' && c != '\r')
		;
}

void
ui_resume(struct ui *ui)
{
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	ui_signals();
	ui_relayout(ui);
}

static int ui_pairs = 1;	/* pairs made: a new theme starts again */

/* Colour pair for fg, bg from a small cache; 0 when pairs run out. */
static short
ui_pair(int fg, int bg)
{
	static int cache[256][2];
	int i, n = ui_pairs, max = COLOR_PAIRS < 256 ? COLOR_PAIRS : 256;

	if (fg < 0 && bg < 0)
		return 0;
	for (i = 1; i < n; i++)
		if (cache[i][0] == fg && cache[i][1] == bg)
			return (short)i;
	if (n >= max)
		return 0;
	init_pair((short)n, (short)fg, (short)bg);
	cache[n][0] = fg;
	cache[n][1] = bg;
	ui_pairs = n + 1;
	return (short)n;
}

/* The curses attributes of style s, reduced to what the terminal shows. */
attr_t
ui_attr(struct style s)
{
	attr_t a = A_NORMAL;
	unsigned at = s.attrs;
	int fg = COLOUR_DEFAULT, bg = COLOUR_DEFAULT, bfg = 0, bbg = 0;
	int ncol = ui_colours;

	if (ncol >= 8) {
		fg = colour_reduce(s.fg, ncol, &bfg);
		if (s.bg >= 0 && (ncol >= 256 || s.bg < 16))
			bg = colour_reduce(s.bg, ncol, &bbg);
		else if (s.bg >= 0)
			at |= s.mono;	/* a tint it cannot show */
		if (bfg)
			at |= STYLE_BOLD;
		a |= COLOR_PAIR(ui_pair(fg, bg));
	} else if (s.bg >= 0)
		at |= s.mono;
	if (at & STYLE_BOLD) a |= A_BOLD;
	if (at & STYLE_DIM) a |= A_DIM;
	if (at & STYLE_UNDERLINE) a |= A_UNDERLINE;
	if (at & STYLE_ITALIC) a |= A_ITALIC;
	if (at & STYLE_REVERSE) a |= A_REVERSE;
	if (at & STYLE_BLINK) a |= A_BLINK;
	if (at & STYLE_STANDOUT) a |= A_STANDOUT;
	return a;
}

/* Attributes of element e's swatch (■) on ground: e's colour and
 * attributes, on the ground's background colour if it has one (so a bar
 * with a colour has no hole), but not the ground's attributes. */
attr_t
ui_attr_swatch(enum theme_element ground, enum theme_element e)
{
	struct style g = theme_merge(*theme_style(EL_TEXT), theme_style(ground));
	struct style s = theme_merge(*theme_style(EL_TEXT), theme_style(e));

	if (s.bg < 0)
		s.bg = g.bg;
	return ui_attr(s);
}

/* The theme changed: new colour pairs, every window redrawn. */
void
ui_restyle(struct ui *ui)
{
	ui_pairs = 1;
	ui_theme_gen++;
	ui->dirty = UI_ALL;
}

/* Attributes of an element drawn over plain text. */
attr_t
ui_attr_el(enum theme_element e)
{
	return ui_attr(theme_merge(*theme_style(EL_TEXT), theme_style(e)));
}

/* Attributes of element e drawn over element ground (over plain text). */
attr_t
ui_attr_on(enum theme_element ground, enum theme_element e)
{
	return ui_attr(theme_merge(theme_merge(*theme_style(EL_TEXT),
	    theme_style(ground)), theme_style(e)));
}

void
ui_message(struct ui *ui, int error, const char *fmt, ...)
{
	va_list ap;
	char *m, *safe;

	va_start(ap, fmt);
	m = xvasprintf(fmt, ap);
	va_end(ap);
	safe = safe_str(m);	/* a theme's error quotes its file */
	snprintf(ui->msg, sizeof ui->msg, "%s", safe);
	free(safe);
	free(m);
	ui->msg_error = error;
	ui->dirty |= UI_STATUS;
}

/* The words after a message that say which key does it ("] selects
 * one"), with the first key bound to a in force (C-n after bind C-n
 * next-claim); "" when no key is bound to it. Returns buf. */
const char *
ui_key_says(const struct ui *ui, enum keys_action a, const char *what,
    char *buf, size_t size)
{
	char k[32];
	const char *key = keys_first(ui->keys, a, k, sizeof k);

	if (key == NULL)
		*buf = '\0';
	else
		snprintf(buf, size, ": %s %s", key, what);
	return buf;
}

/* Why no claim is current: "no claim selected: ] selects one" (then
 * being "selects one" or "for the next"), or, when the article has
 * none to select, "no claims in this article". Returns buf. */
const char *
ui_no_claim(const struct ui *ui, const char *then, char *buf, size_t size)
{
	char says[64];

	if (ui->art != NULL && ui->art->doc->claims.n == 0)
		snprintf(buf, size, "no claims in this article");
	else
		snprintf(buf, size, "no claim selected%s",
		    ui_key_says(ui, KA_CLAIM_NEXT, then, says, sizeof says));
	return buf;
}

/* Add len bytes of s (control characters never reach here) at the cursor. */
void
ui_put(WINDOW *w, const char *s, size_t len, attr_t a)
{
	wattrset(w, a);
	waddnstr(w, s, (int)len);
}

/* Add s cut to width columns (with … when cut). */
void
ui_put_cut(WINDOW *w, const char *s, int width, attr_t a)
{
	char *c = reader_cut(s, width);

	ui_put(w, c, strlen(c), a);
	free(c);
}

/* Delete the windows. */
static void
ui_windows_free(struct ui *ui)
{
	WINDOW **w[] = { &ui->wtitle, &ui->wart, &ui->wparty, &ui->wstatus,
	    &ui->whelp, &ui->wstrip };
	size_t i;

	for (i = 0; i < sizeof w / sizeof w[0]; i++)
		if (*w[i] != NULL) {
			delwin(*w[i]);
			*w[i] = NULL;
		}
}

/* Rows of the party pane under an article body rows high. */
static int
ui_pane_height(int body)
{
	int ph = body * 2 / 5;

	return ph < 4 ? 4 : ph;
}

/* Rows of the strip under 100 columns: what the claim needs, but the
 * pane under the article keeps 3 rows (the article all but 3). */
static int
ui_strip_size(const struct ui *ui)
{
	int want = ui_parties_strip_rows(ui), room;

	if (want <= 1)
		return want;
	room = 1 + (ui->side ? ui_pane_height(ui->rows - 2) : ui->rows - 3) - 3;
	return want < room ? want : room > 1 ? room : 1;
}

/* Lay the windows out for the terminal's size. */
static void
ui_geometry(struct ui *ui)
{
	int body, pw, ph, strip;

	ui_windows_free(ui);
	werase(stdscr);		/* no "too small" left under the windows */
	getmaxyx(stdscr, ui->rows, ui->cols);
	ui->too_small = ui->cols < UI_MIN_COLS || ui->rows < UI_MIN_ROWS;
	if (ui->too_small)
		return;
	strip = ui_strip_size(ui);
	body = ui->rows - 2 - (strip > 0);
	ui->wtitle = newwin(1, ui->cols, 0, 0);
	ui->wstatus = newwin(1, ui->cols, ui->rows - 1, 0);
	if (strip > 0)
		ui->wstrip = newwin(strip, ui->cols, ui->rows - 1 - strip, 0);
	ui->side_bottom = ui->cols < UI_WIDE;
	if (ui->art == NULL || !ui->side)
		ui->wart = newwin(body - (strip > 1 ? strip - 1 : 0), ui->cols, 1, 0);
	else if (!ui->side_bottom) {
		pw = cfg_pane_columns(ui->cfg, ui->cols);
		ui->wart = newwin(body, ui->cols - pw - 1, 1, 0);
		ui->wparty = newwin(body, pw + 1, 1, ui->cols - pw - 1);
	} else {	/* a claim whole in the strip takes the pane's foot,
			   so nothing above it moves */
		ph = ui_pane_height(ui->rows - 2);	/* the strip's row is
							   the article's */
		ui->wart = newwin(body - ph, ui->cols, 1, 0);
		ui->wparty = newwin(ph - (strip > 1 ? strip - 1 : 0), ui->cols,
		    1 + body - ph, 0);
	}
	if (ui->art != NULL) {
		ui_article_resize(ui);
		ui_parties_resize(ui);
	}
}

/* Re-lay the windows and redraw everything. */
void
ui_relayout(struct ui *ui)
{
	ui_geometry(ui);
	ui->dirty = UI_ALL;
}

/* The title bar's name: the file's base name in an article (its
 * headline is the article's first line), the count on the list. */
static char *
ui_title_text(struct ui *ui)
{
	if (ui->art == NULL)
		return xasprintf("partyline: %zu articles", ui->narts);
	return xstrdup(reader_file_name(ui->art->doc));
}

#define UI_NAME_WHOLE	24	/* a file name this long keeps its place */

/* Columns of s. */
int
ui_cols(const char *s)
{
	return reader_width(s);
}

/* The legend's form for cols columns beside a name of namecols: the
 * longest that leaves the name whole up to UI_NAME_WHOLE columns (a
 * longer name is cut in its middle: the status line names the file too,
 * and at 80 columns all five colours keep their words, "org" the
 * shortest); fewer entries with whole words rather than letters (person
 * and organisation go first); -1: no legend. *width gets its columns. */
static int
ui_title_legend(const char *const names[][5], int cols, int namecols,
    int *width)
{
	static const int count[] = { 5, 5, 3 };
	int form, i, need = (namecols < UI_NAME_WHOLE ? namecols : UI_NAME_WHOLE) + 2;

	for (form = 0; form < 3; form++) {
		for (*width = 0, i = 0; i < count[form]; i++)
			*width += (int)strlen(names[form][i]) + 3;
		if (*width + need <= cols)
			return form;
	}
	*width = 0;
	return -1;
}

/* The title line: the file name and the legend of colours. */
static void
ui_title_draw(struct ui *ui)
{
	static const enum theme_element el[] = { EL_COUNTRY, EL_OFFICIAL,
	    EL_COMPANY, EL_PERSON, EL_ORG };
	static const char *const names[][5] = {
		{ "country", "official", "company", "person", "organisation" },
		{ "country", "official", "company", "person", "org" },
		{ "country", "official", "company", NULL, NULL },
	};
	WINDOW *w = ui->wtitle;
	attr_t bar = ui_attr_el(EL_STATUS);
	int i, form, width, x;
	char *title, *cut;

	wbkgdset(w, ' ' | bar);
	werase(w);
	title = ui_title_text(ui);
	form = ui_title_legend(names, ui->cols, ui_cols(title), &width);
	x = ui->cols - width;
	cut = reader_elide(title, x - 2);
	wmove(w, 0, 1);
	ui_put(w, cut, strlen(cut), bar | A_BOLD);
	free(cut);
	free(title);
	wmove(w, 0, x);
	for (i = 0; form >= 0 && i < 5 && names[form][i] != NULL; i++) {
		ui_put(w, " ", 1, bar);
		ui_put(w, "■", strlen("■"), ui_attr_swatch(EL_STATUS, el[i]));
		ui_put(w, " ", 1, bar);
		ui_put(w, names[form][i], strlen(names[form][i]),
		    ui_attr_on(EL_STATUS, el[i]));
	}
	wnoutrefresh(w);
}

/* The status line's name: the file, or the list's "articles". */
static const char *
ui_status_name(struct ui *ui)
{
	return ui->art == NULL ? "articles" : reader_file_name(ui->art->doc);
}

#define UI_PARTY_MAX	32	/* columns of the party on the status line */
#define UI_PARTY_MSG	16	/* ... beside a message */

/* The status line after the name: position, claim, party, filter. */
static void
ui_status_where(struct ui *ui, char *buf, size_t size)
{
	struct ui_art *a = ui->art;
	const struct doc *d;
	size_t n, rows;
	char *party;
	int pct, p;

	if (a == NULL) {
		snprintf(buf, size, "  %ld/%zu", ui->list_sel + 1, ui->narts);
		return;
	}
	d = a->doc;
	rows = (size_t)ui_article_rows(ui);
	n = a->layout ? a->layout->lines.n : 0;
	pct = n <= rows ? 100 : (int)((a->top + rows) * 100 / n);
	if (pct > 100)
		pct = 100;
	n = (size_t)snprintf(buf, size, "  %d%%", pct);
	if (a->loading != NULL)	/* the claims so far are the first part's */
		n += (size_t)snprintf(buf + n, size - n, "  analysing %d%%",
		    loader_permille(a->loading) / 10);
	if (d->claims.n == 0)
		n += (size_t)snprintf(buf + n, size - n, "  no claims");
	else if (a->cur < 0)
		n += (size_t)snprintf(buf + n, size - n, "  claim -/%zu", d->claims.n);
	else {
		n += (size_t)snprintf(buf + n, size - n, "  claim %d/%zu", a->cur + 1,
		    d->claims.n);
		p = a->rd->claim_party[a->cur];
		/* cut in the middle, so that a message (a search's "match
		 * 3/40") still shows after a long name (Ministry of Economy,
		 * Trade and Industry); the pane has it whole */
		party = reader_elide(p >= 0 ? d->ents.v[d->parties.v[p].entity].name :
		    "party unknown", *ui->msg ? UI_PARTY_MSG : UI_PARTY_MAX);
		n += (size_t)snprintf(buf + n, size - n, "  %s", party);
		free(party);
	}
	if (a->filter != FILTER_ALL && n < size)
		snprintf(buf + n, size - n, "  [%s]", reader_filter_name(a->filter));
}

/* A hint: the keys of one action, or of a pair, and a word: "]/[ claim". */
struct ui_hint {
	enum keys_action a, b;
	const char *word;
};

/* Each screen's hints; its variants, longest first, pick them by bit. */
static const struct {
	struct ui_hint h[6];
	unsigned variants[5];
} ui_hint_sets[UI_HINT_SETS] = {
	{ { { KA_CLAIM_NEXT, KA_CLAIM_PREV, "claim" },
	    { KA_PARTY_NEXT, KA_PARTY_PREV, "party" }, { KA_FOCUS, 0, "pane" },
	    { KA_SEARCH_FWD, 0, "search" }, { KA_HELP, 0, "help" },
	    { KA_QUIT, 0, "quit" } }, { 0x3f, 0x3d, 0x31, 0x11, 0x10 } },
	{ { { KA_LINE_DOWN, KA_LINE_UP, "position" }, { KA_ENTER, 0, "jump" },
	    { KA_FOCUS, 0, "article" }, { KA_HELP, 0, "help" },
	    { KA_QUIT, 0, "quit" } }, { 0x1f, 0x0f, 0x0c, 0x08 } },
	{ { { KA_LINE_DOWN, KA_LINE_UP, "move" }, { KA_ENTER, 0, "open" },
	    { KA_SEARCH_FWD, 0, "search" }, { KA_HELP, 0, "help" },
	    { KA_QUIT, 0, "quit" } }, { 0x1f, 0x0e, 0x0a, 0x08 } },
	/* the article with its party pane hidden (s): Tab has no pane to go to */
	{ { { KA_CLAIM_NEXT, KA_CLAIM_PREV, "claim" },
	    { KA_PARTY_NEXT, KA_PARTY_PREV, "party" }, { KA_FOCUS, 0, "pane" },
	    { KA_SEARCH_FWD, 0, "search" }, { KA_HELP, 0, "help" },
	    { KA_QUIT, 0, "quit" } }, { 0x3b, 0x39, 0x31, 0x11, 0x10 } },
};

/* One variant's text, with the keys in force ("]/[ claim  ? help  q
 * quit"); an action no key is bound to is left out. */
static char *
ui_hint_text(const struct keys *k, const struct ui_hint *h, unsigned bits)
{
	char a[32], b[32], *out = xstrdup(""), *t;
	const char *ka, *kb;
	int i;

	for (i = 0; i < 6 && h[i].word != NULL; i++) {
		if (!(bits & 1u << i) || (ka = keys_first(k, h[i].a, a, sizeof a)) == NULL)
			continue;
		kb = h[i].b != KA_NONE ? keys_first(k, h[i].b, b, sizeof b) : NULL;
		t = xasprintf("%s%s%s%s%s %s", out, *out ? "  " : "", ka,
		    kb != NULL ? "/" : "", kb != NULL ? kb : "", h[i].word);
		free(out);
		out = t;
	}
	return out;
}

/* The status hints of every screen, from the key table in force. */
static void
ui_hints_build(struct ui *ui)
{
	int s, v;

	for (s = 0; s < UI_HINT_SETS; s++)
		for (v = 0; v < 5 && ui_hint_sets[s].variants[v] != 0; v++)
			ui->hints[s][v] = ui_hint_text(ui->keys, ui_hint_sets[s].h,
			    ui_hint_sets[s].variants[v]);
}

static void
ui_hints_free(struct ui *ui)
{
	int s, v;

	for (s = 0; s < UI_HINT_SETS; s++)
		for (v = 0; v < 6; v++)
			free(ui->hints[s][v]);
}

/* Key hints for the screen in front, longest first, the help key last. */
static const char **
ui_status_hints(struct ui *ui)
{
	int s = ui->art == NULL ? 2 : ui->focus == FOCUS_PARTIES ? 1 :
	    ui->wparty == NULL ? 3 : 0;

	return (const char **)ui->hints[s];
}

#define UI_NAME_MIN	16	/* the name is cut to this before hints go */

/* Lay the status line out in room columns: the name (middle-elided
 * first), where (after it), then the right-hand text tail (hints or a
 * message; hints drop, longest first, "? help" last). Returns the
 * columns for the name, and *pick the hint to use (NULL for a message). */
static int
ui_status_fit(const char *name, const char *where, const char **hints,
    int msgcols, int room, const char **pick)
{
	int nc = ui_cols(name), wc = ui_cols(where), min, left, i;

	min = nc < UI_NAME_MIN ? nc : UI_NAME_MIN;
	*pick = NULL;
	if (msgcols > 0) {	/* a message: it may be cut, not the name first */
		left = room - wc - msgcols - 2;
		return left >= nc ? nc : left > min ? left : min;
	}
	for (i = 0; hints[i] != NULL; i++) {
		left = room - wc - ui_cols(hints[i]) - 2;
		if (left >= min) {
			*pick = hints[i];
			return left < nc ? left : nc;
		}
	}
	*pick = hints[i - 1];	/* "? help" stays; the rest is cut */
	left = room - wc - ui_cols(*pick) - 2;
	return left > 8 ? left : nc < 8 ? nc : 8;
}

/* An error on the status line, alone: a theme's "FILE:LINE: cause" with
 * the home directory as ~, cut in the middle of the path when too long,
 * so the line number and the cause always show. */
static void
ui_status_error(struct ui *ui, WINDOW *w, int room)
{
	const char *home = getenv("HOME");
	size_t hn = home != NULL ? strlen(home) : 0;
	char *m, *cut;

	if (hn > 1 && strncmp(ui->msg, home, hn) == 0 && ui->msg[hn] == '/')
		m = xasprintf("~%s", ui->msg + hn);
	else
		m = xstrdup(ui->msg);
	cut = reader_elide(m, room);
	wmove(w, 0, 1);
	ui_put(w, cut, strlen(cut), ui_attr_on(EL_STATUS, EL_STATUS_KEY));
	free(cut);
	free(m);
	wnoutrefresh(w);
}

/* The status line: name, where we are, then a message or key hints. */
static void
ui_status_draw(struct ui *ui)
{
	WINDOW *w = ui->wstatus;
	attr_t bar = ui_attr_el(EL_STATUS), key = ui_attr_on(EL_STATUS,
	    EL_STATUS_KEY);
	const char *hint, *name = ui_status_name(ui);
	char where[512], *line, *cut;
	int x, y, len, room = ui->cols - 2, ncols;

	wbkgdset(w, ' ' | bar);
	werase(w);
	if (ui->prompt) {
		ui_search_draw_prompt(ui);
		return;
	}
	if (*ui->msg && ui->msg_error) {	/* an error: the whole line */
		ui_status_error(ui, w, room);
		return;
	}
	ui_status_where(ui, where, sizeof where);
	ncols = ui_status_fit(name, where, ui_status_hints(ui),
	    *ui->msg ? ui_cols(ui->msg) : 0, room, &hint);
	cut = reader_elide(name, ncols);
	line = xasprintf("%s%s", cut, where);
	len = hint != NULL ? ui_cols(hint) : 0;
	wmove(w, 0, 1);
	ui_put_cut(w, line, room - (len > 0 ? len + 2 : 0), bar);
	free(line);
	free(cut);
	getyx(w, y, x);
	(void)y;
	if (*ui->msg) {
		ui_put(w, "  ", 2, bar);
		ui_put_cut(w, ui->msg, ui->cols - x - 3, ui->msg_error ? key : bar);
	} else if (hint != NULL) {
		wmove(w, 0, ui->cols - len - 1);
		ui_put(w, hint, strlen(hint), key);
	}
	wnoutrefresh(w);
}

/* Say the terminal is too small, centred, instead of drawing garbage. */
static void
ui_small_draw(struct ui *ui)
{
	const char *m = "terminal too small";
	int len = (int)strlen(m);

	erase();
	if (len > ui->cols)
		len = ui->cols;
	mvaddnstr(ui->rows / 2, (ui->cols - len) / 2 > 0 ? (ui->cols - len) / 2 : 0,
	    m, len);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Redraw what is dirty; the help overlay stays on top. */
static void
ui_draw(struct ui *ui)
{
	if (ui->too_small) {
		ui_small_draw(ui);
		ui->dirty = 0;
		return;
	}
	if (!ui->too_small && (ui->wstrip != NULL ? getmaxy(ui->wstrip) : 0) !=
	    ui_strip_size(ui))	/* the strip grew or shrank */
		ui_relayout(ui);
	if (ui->dirty == UI_ALL)
		wnoutrefresh(stdscr);
	if (ui->help && (ui->dirty & ~UI_HELP))
		ui->dirty |= UI_HELP;
	if (ui->dirty & UI_TITLE)
		ui_title_draw(ui);
	if (ui->dirty & UI_ART) {
		if (ui->art != NULL)
			ui_article_draw(ui);
		else
			ui_list_draw(ui);
	}
	if ((ui->dirty & UI_PARTY) && ui->wparty != NULL && ui->art != NULL)
		ui_parties_draw(ui);
	if ((ui->dirty & UI_PARTY) && ui->wstrip != NULL && ui->art != NULL)
		ui_parties_draw_strip(ui);
	if (ui->dirty & UI_STATUS)
		ui_status_draw(ui);
	if ((ui->dirty & UI_HELP) && ui->help)
		ui_help_draw(ui);
	ui->dirty = 0;
	doupdate();
}

/* Our key code for what wget_wch returned. */
static int
ui_key_code(int r, wint_t ch)
{
	if (r == KEY_CODE_YES) {
		switch (ch) {
		case KEY_UP: return KEYC_UP;
		case KEY_DOWN: return KEYC_DOWN;
		case KEY_LEFT: return KEYC_LEFT;
		case KEY_RIGHT: return KEYC_RIGHT;
		case KEY_PPAGE: return KEYC_PGUP;
		case KEY_NPAGE: return KEYC_PGDN;
		case KEY_HOME: return KEYC_HOME;
		case KEY_END: return KEYC_END;
		case KEY_ENTER: return KEYC_ENTER;
		case KEY_BTAB: return KEYC_BTAB;
		case KEY_BACKSPACE: return KEYC_BSPACE;
		case KEY_IC: return KEYC_IC;
		case KEY_DC: return KEYC_DC;
		default:
			if (ch >= KEY_F(1) && ch <= KEY_F(12))
				return KEYC_F((int)(ch - KEY_F0));
			return -1;
		}
	}
	switch (ch) {
	case '\r': case '\n': return KEYC_ENTER;
	case '\t': return KEYC_TAB;
	case 27: return KEYC_ESC;
	case 127: case 8: return KEYC_BSPACE;
	default: return (int)ch;
	}
}

/* What reading the article changed, on its first opening: "the page is
 * in ru; claims are looked for in English only" (once it is loaded). */
static void
ui_note(struct ui *ui, const struct ui_art *a)
{
	char *note;

	if (a->loading == NULL && (note = doc_read_note(a->doc)) != NULL) {
		ui_message(ui, 0, "%s", note);
		free(note);
	}
}

/* Open article a from the list (or as the only one). */
static void
ui_open(struct ui *ui, struct ui_art *a)
{
	ui->art = a;
	ui->focus = FOCUS_ARTICLE;
	ui_article_open(ui, a);
	ui_relayout(ui);
	if (!a->opened) {
		a->opened = 1;
		ui_parties_start(ui);
		ui_note(ui, a);
	}
}

/* J and K: the next or previous article of the list, from inside one
 * (on the list: the selection moves). */
static void
ui_step_article(struct ui *ui, int dir)
{
	long i = ui->art != NULL ? (long)(ui->art - ui->arts) : ui->list_sel;

	if (ui->narts < 2) {
		ui_message(ui, 0, "one article only");
		return;
	}
	if (ui->art == NULL) {
		ui_list_scroll(ui, dir);
		return;
	}
	if (i + dir < 0 || i + dir >= (long)ui->narts) {
		ui_message(ui, 0, dir > 0 ? "last article" : "first article");
		return;
	}
	ui->list_sel = i + dir;
	ui_open(ui, &ui->arts[i + dir]);
	ui_message(ui, 0, "article %ld/%zu", i + dir + 1, ui->narts);
}

/* Actions that mean the same on every screen. */
static int
ui_key_global(struct ui *ui, enum keys_action act)
{
	switch (act) {
	case KA_REDRAW:	/* laid out again too, as after a resize */
		clearok(curscr, TRUE);
		ui_relayout(ui);
		return 1;
	case KA_THEME:
		ui_theme_next(ui);
		return 1;
	case KA_HELP:
		ui->help = 1;
		ui->help_top = 0;
		ui->dirty |= UI_HELP;
		return 1;
	case KA_COPY:
		ui_act_copy(ui);
		return 1;
	case KA_PIPE:
		ui_act_pipe_start(ui);
		return 1;
	case KA_OPEN:
		ui_act_open(ui);
		return 1;
	case KA_ARTICLE_NEXT:
	case KA_ARTICLE_PREV:
		ui_step_article(ui, act == KA_ARTICLE_NEXT ? 1 : -1);
		return 1;
	case KA_QUIT:
		if (ui->art != NULL && ui->narts > 1) {
			ui->art = NULL;
			ui_relayout(ui);
		} else
			ui->quit = 1;
		return 1;
	default:
		return 0;
	}
}

/* One action for the screen in front. */
static void
ui_action(struct ui *ui, enum keys_action act)
{
	if (ui->help) {
		if (!ui_help_key(ui, act) && (act == KA_QUIT || act == KA_CLOSE ||
		    act == KA_HELP)) {
			ui->help = 0;
			touchwin(stdscr);
			ui->dirty = UI_ALL;
		}
		return;
	}
	if (ui->art == NULL) {
		if (act == KA_ENTER && ui->narts > 0)
			ui_open(ui, &ui->arts[ui->list_sel]);
		else if (!ui_list_key(ui, act) && !ui_key_global(ui, act) &&
		    act != KA_NONE)	/* ] e s Tab: an article's keys */
			ui_message(ui, 0, "open an article first");
		return;
	}
	if (ui->focus == FOCUS_PARTIES && ui->wparty != NULL &&
	    ui_parties_key(ui, act))
		return;
	if (!ui_article_key(ui, act))
		ui_key_global(ui, act);
}

/* A mouse event: the wheel scrolls the pane under the pointer; clicks. */
static void
ui_mouse(struct ui *ui)
{
	MEVENT ev;
	long d = 0;

	if (getmouse(&ev) != OK || ui->too_small || ui->help)
		return;
	if (*ui->msg) {
		*ui->msg = '\0';
		ui->dirty |= UI_STATUS;
	}
	if (ev.bstate & BUTTON4_PRESSED)
		d = -3;
	else if (ev.bstate & BUTTON5_PRESSED)
		d = 3;
	if (ui->wparty != NULL && ui->art != NULL && wenclose(ui->wparty, ev.y, ev.x)) {
		if (d != 0)
			ui_parties_scroll(ui, d);
		else
			ui_parties_click(ui, ev.y - getbegy(ui->wparty),
			    ev.x - getbegx(ui->wparty));
	} else if (ui->wart != NULL && wenclose(ui->wart, ev.y, ev.x)) {
		int y = ev.y - getbegy(ui->wart), x = ev.x - getbegx(ui->wart);

		if (ui->art == NULL && d != 0)
			ui_list_scroll(ui, d);
		else if (ui->art == NULL) {
			if (ui_list_click(ui, y, x))
				ui_open(ui, &ui->arts[ui->list_sel]);
		} else
			d != 0 ? ui_article_scroll(ui, d) : ui_article_click(ui, y, x);
	}
}

/* Read one key and act on it. */
static void
ui_input(struct ui *ui)
{
	wint_t ch;
	int r = wget_wch(stdscr, &ch), k;

	if (r == ERR)
		return;
	if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
		ui_relayout(ui);
		return;
	}
	if (r == KEY_CODE_YES && ch == KEY_MOUSE) {
		ui_mouse(ui);
		return;
	}
	if ((k = ui_key_code(r, ch)) < 0)
		return;
	if (*ui->msg) {
		*ui->msg = '\0';
		ui->dirty |= UI_STATUS;
	}
	if (ui->prompt == 'w')
		ui_act_pipe_which(ui, k);
	else if (ui->prompt)
		ui_search_input(ui, k);
	else if (ui->too_small) {
		if (keys_lookup(ui->keys, k) == KA_QUIT)
			ui->quit = 1;
	} else
		ui_action(ui, keys_lookup(ui->keys, k));
}

/* Free what the reader made. */
static void
ui_free(struct ui *ui)
{
	size_t i;

	for (i = 0; i < ui->narts; i++) {
		ui_article_close(&ui->arts[i]);
		reader_free(ui->arts[i].rd);
	}
	free(ui->arts);
	ui_list_free(ui);
	keys_help_free(ui->help_lines);
	ui_hints_free(ui);
	ui_theme_free(ui);
	ui_windows_free(ui);
}

/*
 * Articles still being analysed (loader.c): give the open one the width to
 * lay out at, swap in those that are done, redraw the progress figure.
 * Returns whether any is still loading.
 */
static int
ui_poll_loaders(struct ui *ui)
{
	struct ui_art *a;
	struct hl *hl;
	struct layout *lay;
	struct doc *d;
	char *cause = NULL, *note;
	int w, pending = 0;
	size_t i;

	for (i = 0; i < ui->narts; i++) {
		if ((a = &ui->arts[i])->loading == NULL)
			continue;
		if (a->layout != NULL)
			loader_set_width(a->loading, a->layout->width);
		if (!loader_done(a->loading)) {
			pending = 1;
			if (a == ui->art)
				ui->dirty |= UI_STATUS;
			continue;
		}
		d = loader_take(a->loading, &hl, &lay, &w, &cause);
		loader_free(a->loading);
		a->loading = NULL;
		if (d == NULL) {	/* read at first, not now: keep the part */
			ui_message(ui, 1, "%s", cause);
			free(cause);
			continue;
		}
		ui_article_swap(ui, a, d, hl, lay);
		doc_free(ui->docs[i]);
		ui->docs[i] = d;
		if (a == ui->art && (note = doc_read_note(d)) != NULL) {
			ui_message(ui, 0, "%s", note);
			free(note);
		}
		if (a == ui->art)
			ui->dirty = UI_ALL;
	}
	return pending;
}

int
ui_run(struct doc **docs, struct loader **loaders, size_t n,
    const struct options *o)
{
	struct ui ui;
	size_t i;

	if (ui_start(o->colour != COLOUR_NEVER) != 0)
		return 2;
	memset(&ui, 0, sizeof ui);
	ui_theme_init(&ui, o);
	ui.cfg = o->cfg;
	ui.keys = o->cfg->keys;
	ui.help_lines = keys_help(ui.keys);
	ui_hints_build(&ui);
	ui.side = o->cfg->pane != 0;
	ui.arts = xcalloc(n, sizeof *ui.arts);
	ui.docs = docs;
	ui.narts = n;
	for (i = 0; i < n; i++) {
		ui.arts[i].doc = docs[i];
		ui.arts[i].rd = reader_new(docs[i]);
		ui.arts[i].cur = -1;	/* decided when opened */
		ui.arts[i].psel = -1;
		ui.arts[i].hit = -1;
		ui.arts[i].whole = -1;
		ui.arts[i].loading = loaders != NULL ? loaders[i] : NULL;
		if (loaders != NULL)
			loaders[i] = NULL;
	}
	if (n == 1)
		ui_open(&ui, &ui.arts[0]);
	else
		ui_relayout(&ui);
	if (o->skipped > 0)	/* their reasons are on stderr, seen on quitting */
		ui_message(&ui, 0, "%d input%s could not be read: the reasons "
		    "show when you quit", o->skipped, o->skipped == 1 ? "" : "s");
	while (!ui.quit) {
		/* while a whole article is analysed, wake to show how far;
		 * while a search goes on, search between keys */
		if (ui_search_idle(&ui))
			timeout(0);
		else
			timeout(ui_poll_loaders(&ui) ? 100 : -1);
		ui_draw(&ui);
		ui_input(&ui);
	}
	ui_restore();
	if (ui_screen != NULL)
		delscreen(ui_screen);
	if (ui_tty != NULL)
		fclose(ui_tty);
	for (i = 0; i < n; i++)	/* after the terminal is back: waits a stage */
		loader_free(ui.arts[i].loading);
	ui_free(&ui);
	return 0;
}
