/*
 * ui.c: the reader. One article pane that scrolls, a title line and a status
 * line. Curses lives here and only here; the terminal is restored on every
 * exit, by atexit and by the signal handlers.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curses.h>

#include "hl.h"
#include "layout.h"
#include "ui.h"
#include "util.h"

static volatile sig_atomic_t ui_active;
static SCREEN *ui_screen;
static FILE *ui_tty;

struct ui_view {
	struct doc *doc;
	struct hl *hl;
	struct layout *layout;
	size_t top;		/* first line shown */
	int rows, cols;		/* article pane size */
};

/* Leave curses mode; safe to call twice and from exit paths. */
static void
ui_restore(void)
{
	if (ui_active) {
		ui_active = 0;
		endwin();
	}
}

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
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_fatal_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
}

/* Start curses on the terminal, even when the article came on stdin. */
static int
ui_start(void)
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
	curs_set(0);
	if (has_colors()) {
		start_color();
		use_default_colors();
		init_pair(1, COLOR_CYAN, -1);
		init_pair(2, COLOR_MAGENTA, -1);
		init_pair(3, COLOR_GREEN, -1);
		init_pair(4, COLOR_YELLOW, -1);
		init_pair(5, COLOR_BLUE, -1);
	}
	return 0;
}

static void
ui_layout(struct ui_view *v)
{
	getmaxyx(stdscr, v->rows, v->cols);
	v->rows -= 2;
	if (v->rows < 1)
		v->rows = 1;
	layout_free(v->layout);
	v->layout = layout_new(v->doc, v->cols > 2 ? v->cols - 2 : 1);
}

static attr_t
ui_attr(const struct hl_class *c)
{
	attr_t a = A_NORMAL;

	if (c->ent && has_colors())
		a |= COLOR_PAIR(c->ent);
	if (c->ent && c->ent <= 3)
		a |= A_BOLD;
	if (c->flags & HL_TITLE)
		a |= A_BOLD;
	if (c->flags & HL_BOILER)
		a |= A_DIM;
	if (c->flags & HL_CUE)
		a |= A_BOLD | A_UNDERLINE;
	else if (c->flags & HL_SOURCE)
		a |= A_UNDERLINE;
	return a;
}

static void
ui_draw_line(struct ui_view *v, int y, const struct layout_line *ln)
{
	struct layout_cell c = { ln->start, ln->start, 0, 0 };
	char buf[64];
	size_t n;

	while (layout_next_cell(v->doc, v->layout, ln, &c)) {
		attrset(ui_attr(&v->hl->v[c.start]));
		n = c.end - c.start;
		if (v->doc->text[c.start] == '\t' || n >= sizeof buf)
			mvhline(y, 1 + c.col, ' ', c.width);
		else {
			memcpy(buf, v->doc->text + c.start, n);
			buf[n] = '\0';
			mvaddstr(y, 1 + c.col, buf);
		}
	}
	attrset(A_NORMAL);
}

static void
ui_draw(struct ui_view *v)
{
	const struct doc *d = v->doc;
	size_t i;
	int y, pct;
	char status[256];

	erase();
	attrset(A_REVERSE);
	mvhline(0, 0, ' ', COLS);
	if (d->title >= 0) {
		const struct para *t = &d->paras.v[d->title];

		mvaddnstr(0, 1, d->text + t->start, (int)(t->end - t->start));
	} else
		mvaddstr(0, 1, d->name);
	attrset(A_NORMAL);
	for (y = 0, i = v->top; y < v->rows && i < v->layout->lines.n; y++, i++)
		ui_draw_line(v, 1 + y, &v->layout->lines.v[i]);
	pct = v->layout->lines.n <= (size_t)v->rows ? 100 :
	    (int)((v->top + (size_t)v->rows) * 100 / v->layout->lines.n);
	snprintf(status, sizeof status, " %s  %d%%   j/k scroll  space/b page  g/G ends  q quit",
	    d->name, pct > 100 ? 100 : pct);
	attrset(A_REVERSE);
	mvhline(LINES - 1, 0, ' ', COLS);
	mvaddnstr(LINES - 1, 0, status, COLS);
	attrset(A_NORMAL);
	refresh();
}

static void
ui_scroll(struct ui_view *v, long delta)
{
	long max = (long)v->layout->lines.n - v->rows, top = (long)v->top + delta;

	if (max < 0)
		max = 0;
	if (top > max)
		top = max;
	if (top < 0)
		top = 0;
	v->top = (size_t)top;
}

int
ui_run(struct doc **docs, size_t n, const struct options *o)
{
	struct ui_view v;
	int ch, quit = 0;

	(void)n;
	(void)o;
	if (ui_start() != 0)
		return 2;
	memset(&v, 0, sizeof v);
	v.doc = docs[0];
	v.hl = hl_new(v.doc);
	ui_layout(&v);
	while (!quit) {
		ui_draw(&v);
		ch = getch();
		switch (ch) {
		case 'q': quit = 1; break;
		case 'j': case KEY_DOWN: ui_scroll(&v, 1); break;
		case 'k': case KEY_UP: ui_scroll(&v, -1); break;
		case ' ': case 'f': case KEY_NPAGE: ui_scroll(&v, v.rows - 1); break;
		case 'b': case KEY_PPAGE: ui_scroll(&v, -(v.rows - 1)); break;
		case 'g': case KEY_HOME: v.top = 0; break;
		case 'G': case KEY_END: ui_scroll(&v, (long)v.layout->lines.n); break;
		case KEY_RESIZE: ui_layout(&v); ui_scroll(&v, 0); break;
		}
	}
	ui_restore();
	layout_free(v.layout);
	hl_free(v.hl);
	if (ui_screen != NULL)
		delscreen(ui_screen);
	if (ui_tty != NULL)
		fclose(ui_tty);
	return 0;
}
