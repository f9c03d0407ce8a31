/*
 * ui_search.c: the search prompt in the status line and moving between
 * matches in an article (the list's search is ui_list.c's). Matching
 * itself is search.c's (pcre2, no curses); a bad pattern shows pcre2's
 * message in the status line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unistr.h>

#include "ui_int.h"
#include "util.h"

void
ui_search_start(struct ui *ui, int fwd)
{
	ui->prompt = fwd ? '/' : '\\';
	ui->pat[0] = '\0';
	ui->dirty |= UI_STATUS;
}

void
ui_search_draw_prompt(struct ui *ui)
{
	WINDOW *w = ui->wstatus;
	attr_t bar = ui_attr_el(EL_STATUS);
	static const char *pipes[] = { "pipe the article to: ",
	    "pipe the claim to: ", "pipe the party list to: " };
	const char *label = ui->prompt == '/' ? "search: " :
	    ui->prompt == '|' ? pipes[ui->pipe_what == 'a' ? 0 :
	    ui->pipe_what == 'c' ? 1 : 2] : "search backward: ";
	size_t len = strlen(ui->pat), skip = 0;
	int cols, room = ui->cols - (int)strlen(label) - 3;

	wmove(w, 0, 1);
	if (ui->prompt == 'w') {	/* which text to pipe: one key */
		label = "pipe: a article   c current claim   p party list   (Esc: none)";
		ui_put_cut(w, label, ui->cols - 2, bar | A_BOLD);
		wnoutrefresh(w);
		return;
	}
	ui_put(w, label, strlen(label), bar | A_BOLD);
	while (reader_fit(ui->pat + skip, len - skip, room, &cols) < len - skip)
		skip += (size_t)u8_mblen((const uint8_t *)ui->pat + skip, len - skip);
	ui_put(w, ui->pat + skip, len - skip, bar);
	ui_put(w, "_", 1, bar | A_BLINK);
	wnoutrefresh(w);
}

/* Seconds on a monotonic clock. */
static double
ui_search_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The mark before a search's pattern on the status line: "/Huawei"
 * forward, "\Huawei" backward, so that it shows which way n goes on
 * (less writes ?). */
int
ui_search_mark(int fwd)
{
	return fwd ? '/' : '\\';
}

/* Say which match is current: "match 3/40", while still counting "3%". */
static void
ui_search_say(struct ui *ui, int wrapped)
{
	struct ui_art *a = ui->art;
	struct search *s = a->search;
	int mark = ui_search_mark(a->search_fwd);

	if (s->done)
		ui_message(ui, 0, "%c%s  match %ld/%zu%s%s", mark, s->pattern,
		    search_hit_at(s, (uint32_t)a->hit) + 1, search_count(s),
		    s->truncated ? "+" : "", wrapped ? "  (wrapped)" : "");
	else
		ui_message(ui, 0, "%c%s  match (counting, %d%% searched)%s",
		    mark, s->pattern, search_permille(s) / 10,
		    wrapped ? "  (wrapped)" : "");
}

/* Show match i: scroll to it, say which it is. */
static void
ui_search_show(struct ui *ui, long i, int wrapped)
{
	struct ui_art *a = ui->art;

	a->hit = search_hit(a->search, (size_t)i).start;
	a->search_pending = 0;
	ui_article_show(ui, (uint32_t)a->hit);
	ui_search_say(ui, wrapped);
	ui->dirty |= UI_ART | UI_STATUS;
}

/* Where a search or a step starts from. */
static uint32_t
ui_search_from(struct ui_art *a, int fwd)
{
	if (a->hit >= 0)
		return (uint32_t)a->hit + (fwd ? 1 : 0);
	return a->layout->lines.v[a->top].start;
}

/*
 * Find the match from the place, searching more of the text for up to
 * 8 ms; what is not found by then is looked for between keys (ui_search_
 * idle). A long article's search never holds a key up for all its text.
 */
static void
ui_search_go(struct ui *ui, int fwd)
{
	struct ui_art *a = ui->art;
	struct search *s = a->search;
	double until = ui_search_now() + 0.008;
	int wrapped;
	long i;

	for (;;) {
		i = search_find(s, ui_search_from(a, fwd), fwd, &wrapped);
		if (i != -2 || ui_search_now() > until)
			break;
		search_more(s, 1 << 20);
	}
	if (i >= 0)
		ui_search_show(ui, i, wrapped);
	else if (i == -1)
		ui_message(ui, 1, "not found: %s", s->pattern);
	else {
		a->search_pending = fwd ? 1 : -1;
		ui_message(ui, 0, "%c%s  searching...",
		    ui_search_mark(a->search_fwd), s->pattern);
	}
	ui->dirty |= UI_ART | UI_STATUS;
}

/* Run the typed pattern. */
static void
ui_search_run(struct ui *ui)
{
	struct ui_art *a = ui->art;
	struct search *s;
	char *cause = NULL;
	uint32_t from;

	if (ui->pat[0] == '\0')
		return;
	if (a == NULL) {
		ui_list_search(ui, ui->pat, ui->prompt == '/');
		return;
	}
	a->search_fwd = ui->prompt == '/';
	a->hit = -1;
	from = ui_search_from(a, a->search_fwd);
	/* backward: the matches just above the place are searched first */
	if (!a->search_fwd)
		from = from > 65536 ? from - 65536 : 0;
	s = search_start(ui->pat, a->doc->text, a->doc->len, from, &cause);
	if (s == NULL) {
		ui_message(ui, 1, "search: %s", cause);
		free(cause);
		return;
	}
	search_free(a->search);
	a->search = s;
	ui_search_go(ui, a->search_fwd);
}

void
ui_search_step(struct ui *ui, int fwd)
{
	struct ui_art *a = ui->art;
	char m[64];

	if (a->search == NULL || (a->search->done && search_count(a->search) == 0)) {
		ui_message(ui, 0, "no search%s", ui_key_says(ui, KA_SEARCH_FWD,
		    "to search", m, sizeof m));
		return;
	}
	ui_search_go(ui, fwd);
}

int
ui_search_idle(struct ui *ui)
{
	struct ui_art *a = ui->art;
	int wrapped;
	long i;

	if (a == NULL || a->search == NULL || a->search->done)
		return 0;
	search_more(a->search, 1 << 20);
	ui->dirty |= UI_ART;	/* matches found on screen are painted */
	if (a->search_pending) {
		i = search_find(a->search, ui_search_from(a, a->search_pending > 0),
		    a->search_pending > 0, &wrapped);
		if (i >= 0)
			ui_search_show(ui, i, wrapped);
		else if (i == -1) {
			a->search_pending = 0;
			ui_message(ui, 1, "not found: %s", a->search->pattern);
		}
	} else if (a->search->done && a->hit >= 0 && *ui->msg == '/')
		ui_search_say(ui, 0);	/* the count is known now */
	ui->dirty |= UI_STATUS;
	return !a->search->done;
}

/* Delete the last character of the pattern. */
static void
ui_search_backspace(struct ui *ui)
{
	size_t n = strlen(ui->pat);

	while (n > 0 && ((unsigned char)ui->pat[n - 1] & 0xc0) == 0x80)
		n--;
	if (n > 0)
		n--;
	ui->pat[n] = '\0';
}

void
ui_search_input(struct ui *ui, int k)
{
	size_t n = strlen(ui->pat);
	int len;

	ui->dirty |= UI_STATUS;
	if (k == KEYC_ESC || (k == KEYC_BSPACE && n == 0) || k == 3 /* C-c */) {
		ui->prompt = 0;
	} else if (k == KEYC_ENTER) {
		if (ui->prompt == '|') {
			ui->prompt = 0;
			ui_act_pipe_run(ui);
		} else
			ui_search_run(ui);
		ui->prompt = 0;
	} else if (k == KEYC_BSPACE)
		ui_search_backspace(ui);
	else if (k == 0x15)	/* C-u */
		ui->pat[0] = '\0';
	else if (k >= 0x20 && k < KEYC_BASE && n + 5 < sizeof ui->pat) {
		len = u8_uctomb((uint8_t *)ui->pat + n, (ucs4_t)k, 4);
		if (len > 0)
			ui->pat[n + (size_t)len] = '\0';
	}
}
